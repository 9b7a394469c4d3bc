import { describe, expect, it } from "vitest";
import { diffWords, tokenize, type DiffSegment } from "./diff-words";

const changed = (segments: DiffSegment[]) => segments.filter((segment) => segment.op !== "same").map((segment) => segment.text);
const joined = (segments: DiffSegment[]) => segments.map((segment) => segment.text).join("");

describe("tokenize", () => {
  it("keeps each word's punctuation and offsets", () => {
    const tokens = tokenize("  “Safe,” she said.");
    expect(tokens.map((t) => t.text)).toEqual(["“Safe,”", "she", "said."]);
    expect(tokens[0]).toMatchObject({ start: 2, end: 9, key: "safe" });
    expect(tokens[2]!.key).toBe("said");
  });

  it("keeps inner punctuation and lone symbols in the key", () => {
    expect(tokenize("1,200 — U.S.").map((t) => t.key)).toEqual(["1,200", "—", "u.s"]);
  });
});

describe("diffWords", () => {
  it("marks a changed number and a dropped qualifier", () => {
    const diff = diffWords("At least 14 cars were stuck", "20 cars were stuck");
    expect(changed(diff.a)).toEqual(["At least 14"]);
    expect(changed(diff.b)).toEqual(["20"]);
    expect(diff.a[0]).toMatchObject({ op: "removed", start: 0, end: 11 });
    expect(diff.b.find((s) => s.op === "added")).toMatchObject({ start: 0, end: 2 });
  });

  it("finds the reworded parts of one quote in two translations", () => {
    const diff = diffWords(
      "The bridge will stay shut until we are certain it is safe",
      '"The bridge stays closed until we are sure it is safe," Marta Holloway',
    );
    expect(changed(diff.a)).toEqual(["will stay shut", "certain"]);
    expect(changed(diff.b)).toEqual(["stays closed", "sure", "Marta Holloway"]);
  });

  it("ignores case and surrounding punctuation but not the words", () => {
    const diff = diffWords("Nearly 40 people, officials said.", "nearly 40 people officials said");
    expect(changed(diff.a)).toEqual([]);
    expect(changed(diff.b)).toEqual([]);
    expect(changed(diffWords("nearly 40 people", "40 people").a)).toEqual(["nearly"]);
  });

  it("gives back each side's text exactly, whitespace included", () => {
    const a = "  Mayor  Delia Marwood\nsaid on Monday ";
    const b = "former Mayor Delia Marwood said on Wednesday";
    const diff = diffWords(a, b);
    expect(joined(diff.a)).toBe(a);
    expect(joined(diff.b)).toBe(b);
    for (const side of [diff.a, diff.b]) {
      for (const segment of side) if (segment.op !== "same") expect(segment.text).toBe(segment.text.trim());
    }
    expect(changed(diff.a)).toEqual(["Monday"]);
    expect(changed(diff.b)).toEqual(["former", "Wednesday"]);
  });

  it("handles empty and identical texts", () => {
    expect(diffWords("", "")).toEqual({ a: [], b: [] });
    expect(diffWords("", "new words").b).toEqual([{ text: "new words", op: "added", start: 0, end: 9 }]);
    expect(diffWords("same text", "same text").a).toEqual([{ text: "same text", op: "same", start: 0, end: 9 }]);
  });

  it("aligns repeated words by the longest common run", () => {
    const diff = diffWords("a b a b c", "b a b c c");
    expect(changed(diff.a)).toEqual(["a"]);
    expect(changed(diff.b)).toEqual(["c"]);
  });

  it("stays fast on long texts", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i % 97}`);
    const other = [...words];
    other[1500] = "changed";
    const started = performance.now();
    const diff = diffWords(words.join(" "), other.join(" "));
    expect(changed(diff.b)).toEqual(["changed"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
