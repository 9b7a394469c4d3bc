import { describe, expect, it } from "vitest";
import { commonUnit, intervalFor, intervalsMeet, parseNumberWord } from "./parse-number";

describe("parseNumberWord", () => {
  it("reads digits, separators and spelled numbers", () => {
    expect(parseNumberWord("2,400")).toBe(2400);
    expect(parseNumberWord("seven")).toBe(7);
    expect(parseNumberWord("forty-two")).toBe(42);
    expect(parseNumberWord("ferry")).toBeNull();
    // the caller's lower-case form is used as given
    expect(parseNumberWord("Twelve", "twelve")).toBe(12);
  });
});

describe("intervalFor", () => {
  it("turns qualifiers into intervals", () => {
    expect(intervalFor(1000, "nearly")).toEqual({ low: 900, high: 1000, qualifier: "nearly" });
    expect(intervalFor(1000, "around")).toEqual({ low: 900, high: 1100, qualifier: "around" });
    expect(intervalFor(12, "at least")).toEqual({ low: 12, high: 120, qualifier: "at least" });
    expect(intervalFor(8, undefined)).toEqual({ low: 8, high: 8 });
  });

  it("says nearly and around the same number agree, different exact counts do not", () => {
    expect(intervalsMeet(intervalFor(500, "nearly"), intervalFor(500, "about"))).toBe(true);
    expect(intervalsMeet(intervalFor(3, undefined), intervalFor(4, undefined))).toBe(false);
  });

  it("compares spans of time in days", () => {
    expect(commonUnit("months")).toBe("days");
    expect(intervalsMeet({ low: 3, high: 3, unit: "months" }, { low: 90, high: 90, unit: "days" })).toBe(true);
    expect(intervalsMeet({ low: 2, high: 2, unit: "weeks" }, { low: 14, high: 14, unit: "days" })).toBe(true);
    expect(intervalsMeet({ low: 2, high: 2, unit: "months" }, { low: 90, high: 90, unit: "days" })).toBe(false);
  });
});
