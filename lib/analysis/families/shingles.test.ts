import { describe, expect, it } from "vitest";
import { findQuotes } from "../claims/find-quotes";
import { parseText } from "../nlp/parse-text";
import { proseShingles, tokenShingles } from "./shingles";

const shingles = (text: string) => {
  const parsed = parseText(text);
  return tokenShingles(parsed.tokens, findQuotes(text));
};

describe("shingles", () => {
  it("shares 6-grams between copied prose, from text or from tokens", () => {
    const a = "The old mill on the river burned down overnight and the owners said they would rebuild it.";
    const b = `Local news: ${a}`;
    const ta = shingles(a),
      tb = shingles(b);
    expect([...ta].every((h) => tb.has(h))).toBe(true);
    expect(ta.size).toBeGreaterThan(5);
    expect(proseShingles(a).size).toBeGreaterThan(5);
  });

  it("leaves quotations out, so two reports quoting one speaker share nothing", () => {
    const quote = "“We will rebuild the mill and keep every single job in the valley,”";
    expect(shingles(`${quote} the owner said.`).size).toBe(0);
    expect(proseShingles(`${quote} the owner said.`).size).toBe(0);
  });
});
