import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { extractClaims } from "./extract-claims";

const texts = (s: string) => extractClaims({ parsed: parseText(s), publishedAt: "2026-03-02", roles: [], entities: [] }).map((c) => s.slice(c.start, c.end));

describe("background", () => {
  it("drops what is true of a kind of thing in general", () => {
    const claims = texts("Bird strikes happen whenever an aircraft meets birds. Historically, bird strikes have been an issue in aviation.");
    expect(claims.filter((t) => /bird strikes/i.test(t))).toEqual([]);
  });

  it("keeps particular actors, figures, and what is happening now", () => {
    const claims = texts("Investigators suspect a cracked rail. Protesters are marching in the capital. Most quakes cause 12 deaths.");
    expect(claims.some((t) => t.startsWith("Investigators suspect"))).toBe(true);
    expect(claims.some((t) => t.startsWith("Protesters are marching"))).toBe(true);
    expect(claims.some((t) => t.includes("12 deaths"))).toBe(true);
  });

  it("can be switched off", () => {
    setAblated(["background"]);
    try {
      expect(texts("Bird strikes happen whenever an aircraft meets birds.").length).toBeGreaterThan(0);
    } finally {
      setAblated([]);
    }
  });
});
