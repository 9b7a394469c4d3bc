import { describe, expect, it } from "vitest";
import { unitFamily } from "./unit-family";

describe("unitFamily", () => {
  it("counts every kind of person as people", () => {
    for (const u of ["passengers", "protesters", "demonstrators", "residents", "firefighters"]) expect(unitFamily(u, true)).toBe("people");
  });
  it("folds plurals and participles to WordNet's base noun, and leaves casualty units alone", () => {
    expect(unitFamily("arrests", true)).toBe("arrest");
    expect(unitFamily("arrested", true)).toBe("arrest");
    expect(unitFamily("dead", true)).toBe("dead");
    expect(unitFamily("km", true)).toBe("km");
  });
  it("keeps the extraction's unit when WordNet is switched off", () => {
    expect(unitFamily("passengers", false)).toBe("passengers");
    expect(unitFamily("weeks", false)).toBe("days");
  });
});
