import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachCapitalisedRun, forEachWordRun, wordRuns } from "./word-runs";

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

describe("forEachCapitalisedRun", () => {
  const byRegex = (s: string) => [...s.matchAll(/\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*){0,7}/gu)].map((m) => m[0]);
  const runs = (s: string) => {
    const out: string[] = [];
    forEachCapitalisedRun(s, 8, (a, b) => out.push(s.slice(a, b)));
    return out;
  };
  it("reads the runs the Unicode regex reads", () => {
    for (const s of ["Maghreb Arabe Presse (MAP) said", "the Al-Haouz province", "eBay", "Foo- Bar", "A B C D E F G H I J", "Élysée Palace’s", "𝐀bc Def"])
      expect(runs(s)).toEqual(byRegex(s));
  });
  it("agrees with the regex on any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("A", "b", "Z", " ", "-", "’", "'", ".", "É", "é", "𝐀", "\uD835", "\n", "7", "(", "ǅ"), maxLength: 40 }),
        (s) => {
          expect(runs(s)).toEqual(byRegex(s));
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });
});
