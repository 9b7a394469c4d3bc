import { describe, expect, it } from "vitest";
import { KinIndex } from "./kin-index";
import { wordsRelated } from "./wordnet";

const WORDS = ["investigation", "investigate", "crash", "accident", "harbour", "giraffe", "occur", "happen", "death", "die", "xqzzv"];

describe("KinIndex", () => {
  it("gives no id to a word WordNet lacks", () => {
    const index = new KinIndex(WORDS, true);
    expect(index.idOf("xqzzv")).toBe(-1);
    expect(index.idOf("not-in-the-batch")).toBe(-1);
    expect(index.idOf("crash")).toBeGreaterThanOrEqual(0);
  });
  it.each([true, false])("agrees with wordsRelated on every pair of words (hypernyms %s)", (hypernyms) => {
    const index = new KinIndex(WORDS, hypernyms);
    for (const a of WORDS)
      for (const b of WORDS) {
        const ia = index.idOf(a),
          ib = index.idOf(b);
        if (ia < 0 || ib < 0 || a === b) continue;
        const either = index.related(ia, ib) || index.related(ib, ia);
        expect(either, `${a} / ${b}`).toBe(wordsRelated(a, b, hypernyms));
      }
  });
  it("keeps the same relation as sets when the batch is too large for a bit matrix", () => {
    const dense = new KinIndex(WORDS, true),
      sparse = new KinIndex(WORDS, true, 0);
    for (const a of WORDS)
      for (const b of WORDS) {
        const ia = dense.idOf(a),
          ib = dense.idOf(b);
        if (ia >= 0 && ib >= 0) expect(sparse.related(ia, ib)).toBe(dense.related(ia, ib));
      }
  });
  it("marks in a claim's kin mask exactly the words kin of one of its words", () => {
    const index = new KinIndex(WORDS, true);
    const ids = ["crash", "die"].map((w) => index.idOf(w));
    const mask = index.kinMask(Int32Array.from(ids))!;
    for (const a of WORDS) {
      const ia = index.idOf(a);
      if (ia < 0) continue;
      const inMask = (mask[ia >>> 5]! & (1 << (ia & 31))) !== 0;
      expect(inMask, a).toBe(ids.some((b) => index.related(ia, b)));
    }
    expect(new KinIndex(WORDS, true, 0).kinMask(Int32Array.from(ids))).toBeNull();
  });
});
