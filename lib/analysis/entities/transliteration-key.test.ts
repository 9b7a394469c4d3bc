import { describe, expect, it } from "vitest";
import { transliterationKey, withinEdits } from "./transliteration-key";

describe("transliterationKey", () => {
  it("collapses common transliteration variants of invented names", () => {
    expect(transliterationKey("Dobrovsky")).toBe(transliterationKey("Dobrovskyy"));
    expect(transliterationKey("Dobrovskiy")).toBe(transliterationKey("Dobrovsky"));
    expect(transliterationKey("Marissa")).toBe(transliterationKey("Marisa"));
    expect(transliterationKey("Khorin")).toBe(transliterationKey("Horin"));
    expect(transliterationKey("Belsk")).not.toBe(transliterationKey("Minsk"));
  });

  it("bounds edit distance", () => {
    expect(withinEdits("harkov", "harkiv", 1)).toBe(true);
    expect(withinEdits("harkov", "hartford", 1)).toBe(false);
  });
});
