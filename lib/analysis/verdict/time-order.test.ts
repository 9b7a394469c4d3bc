import { describe, expect, it } from "vitest";
import type { DraftClaim } from "../claims/draft-claim";
import { timeRelation } from "./time-order";

const day = (phase: DraftClaim["phase"], weekday: number, iso: string | null = null): DraftClaim => ({
  kind: "date",
  start: 0,
  end: 1,
  summary: "",
  names: [],
  words: [],
  context: [],
  negated: false,
  sentence: 0,
  date: { iso, phrase: "", weekday },
  phase,
});

describe("timeRelation", () => {
  it("finds an end followed by a later day on which it was still going", () => {
    expect(timeRelation(day("end", 6), day("since", 0))).toBe("conflict"); // Saturday, then since Sunday
    expect(timeRelation(day("ongoing", 4, "2026-05-21"), day("end", 3, "2026-05-20"))).toBe("conflict");
  });

  it("takes a start and a later end, or two days it was still going, as two true facts", () => {
    expect(timeRelation(day("start", 1), day("end", 5))).toBe("consistent");
    expect(timeRelation(day("ongoing", 1), day("ongoing", 2))).toBe("consistent");
  });

  it("finds two different days for one start, and says nothing without phases", () => {
    expect(timeRelation(day("start", 5), day("start", 6))).toBe("conflict");
    expect(timeRelation(day(undefined, 5), day("start", 6))).toBeUndefined();
  });
});
