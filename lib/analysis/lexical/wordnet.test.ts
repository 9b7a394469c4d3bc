import { describe, expect, it } from "vitest";
import { sensesAs, synsetsOf, wordsOpposed, wordsRelated } from "./wordnet";

describe("WordNet reader", () => {
  it("finds a lemma's senses in the sorted index and nothing for a non-word", () => {
    expect(synsetsOf("kill").length).toBeGreaterThan(0);
    expect(synsetsOf("aardvark")).toEqual(["n02085443"]);
    expect(synsetsOf("xqzzv")).toEqual([]);
    expect(synsetsOf("constructor's <b>")).toEqual([]);
    expect(sensesAs("person", "n", 1)).toEqual(["n00007846"]);
  });
  it("relates synonyms, derivations and direct kinds, and not unrelated words", () => {
    expect(wordsRelated("occur", "happen", false)).toBe(true);
    expect(wordsRelated("investigation", "investigate", false)).toBe(true);
    expect(wordsRelated("accident", "crash", false)).toBe(false);
    expect(wordsRelated("accident", "crash", true)).toBe(true);
    expect(wordsRelated("harbour", "giraffe", true)).toBe(false);
  });
  it("reads antonym pointers", () => {
    expect(wordsOpposed("increase", "decrease")).toBe(true);
    expect(wordsOpposed("increase", "rise")).toBe(false);
  });
});
