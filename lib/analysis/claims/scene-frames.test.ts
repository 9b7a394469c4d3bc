import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { extractClaims } from "./extract-claims";

const texts = (s: string) => extractClaims({ parsed: parseText(s), publishedAt: "2026-03-02", roles: [], entities: [] }).map((c) => s.slice(c.start, c.end));

describe("scene frames", () => {
  it("drops a framing phrase of place, channel and day, keeping its clause", () => {
    const claims = texts("At a press conference on Sunday, the ministry said the tower gave the warning at 8:57 a.m.");
    expect(claims).not.toContain("At a press conference on Sunday");
    expect(claims.some((t) => t.includes("8:57"))).toBe(true);
  });

  it("keeps a framing phrase that characterises ('In a continued show of unity')", () => {
    expect(texts("In a continued show of unity, the unions called for another day of strikes.")).toContain("In a continued show of unity");
  });

  it("drops a concession frame, a bare source and a told fact's teller", () => {
    const claims = texts(
      "Despite the crew's efforts, the ship sank. The toll rose, quoted by Reuters. The Harbour Authority revealed that the ferry had no permit.",
    );
    expect(claims).not.toContain("Despite the crew's efforts");
    expect(claims).not.toContain("quoted by Reuters");
    expect(claims).not.toContain("The Harbour Authority revealed");
    expect(claims.some((t) => t.includes("no permit"))).toBe(true);
  });

  it("drops a clause that only says something took place, keeping when", () => {
    const claims = texts("The crash came after the plane attempted a landing without its landing gear.");
    expect(claims).not.toContain("The crash came");
    expect(claims.some((t) => t.includes("without its landing gear"))).toBe(true);
  });

  it("drops a bare backdrop, keeping one with a figure", () => {
    const claims = texts("Talks resumed on Monday, with US pressure intensifying. The rally went ahead, with 179 people losing their lives.");
    expect(claims).not.toContain("with US pressure intensifying");
    expect(claims).toContain("with 179 people losing their lives");
  });

  it("keeps a passive that tells what was reported", () => {
    expect(texts("No airstrikes were reported overnight.").some((t) => t.startsWith("No airstrikes were reported"))).toBe(true);
  });

  it("can be switched off", () => {
    setAblated(["frames"]);
    try {
      expect(texts("At a press conference on Sunday, the ministry gave new figures.")).toContain("At a press conference on Sunday");
    } finally {
      setAblated([]);
    }
  });
});
