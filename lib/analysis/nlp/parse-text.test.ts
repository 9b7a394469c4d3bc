import { describe, expect, it } from "vitest";
import { parseText } from "./parse-text";

describe("parseText", () => {
  const text = "The factory fire injured five workers on Tuesday.\n\nSafety Review\nInspectors will visit the site.";
  const parsed = parseText(text);

  it("gives tokens with offsets into the text", () => {
    const five = parsed.tokens.find((t) => t.lower === "five")!;
    expect(text.slice(five.start, five.end)).toBe("five");
    expect(parsed.tokens.find((t) => t.text === "injured")!.lemma).toBe("injure");
  });

  it("never lets a sentence cross a line break", () => {
    expect(parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The factory fire injured five workers on Tuesday.",
      "Safety Review",
      "Inspectors will visit the site.",
    ]);
  });
});
