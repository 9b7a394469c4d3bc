import { describe, expect, it } from "vitest";
import { PairScores } from "./pair-scores";

describe("PairScores", () => {
  it("finds a pair from either side and keeps the higher of two scores", () => {
    const s = new PairScores(4, 3);
    s.set(0, 2, 0.4, true);
    expect(s.get(0, 2)).toBe(0.4);
    expect(s.get(2, 0)).toBe(0.4);
    expect(s.given(2, 0)).toBeUndefined();
    expect(s.conflicted(0, 2)).toBe(true);
    s.set(2, 0, 0.7);
    expect(s.get(0, 2)).toBe(0.7);
    s.set(0, 2, 0.9);
    expect(s.given(0, 2)).toBe(0.9);
    expect(s.get(1, 3)).toBeUndefined();
  });
  it("refuses more pairs for one claim than it has room for, rather than overwrite another claim's", () => {
    const s = new PairScores(2, 2);
    s.set(0, 1, 0.1);
    s.set(0, 2, 0.2);
    expect(() => s.set(0, 3, 0.3)).toThrow(/more than 2/);
    expect(s.given(1, 0)).toBeUndefined();
  });
});
