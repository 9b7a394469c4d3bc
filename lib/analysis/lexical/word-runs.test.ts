import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachWordRun, wordRuns } from "./word-runs";

const byRegex = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

describe("wordRuns", () => {
  it("reads the runs the Unicode regex reads", () => {
    for (const s of ["Al-Haouz, 2,012 dead.", "Zelenskyy’s “peace” plan", "Ighil (إغيل) — 6,8 km²", "x𝐀y 𝟙2", "😀a", "\uD835a", "b\uDC00c", "", "   "])
      expect(wordRuns(s)).toEqual(byRegex(s));
  });
  it("agrees with the regex on any text, lone surrogates included", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom("a", "É", " ", "-", "\uD835", "\uDC00", "😀", "𝐀", "٣"), fc.string({ unit: "binary", maxLength: 1 })),
          maxLength: 40,
        }),
        (s) => {
          expect(wordRuns(s)).toEqual(byRegex(s));
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
  it("gives each run's offsets", () => {
    const spans: [number, number][] = [];
    forEachWordRun("a  bc.d", (s, e) => spans.push([s, e]));
    expect(spans).toEqual([
      [0, 1],
      [3, 5],
      [6, 7],
    ]);
  });
});
