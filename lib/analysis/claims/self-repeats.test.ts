import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { extractClaims } from "./extract-claims";

const texts = (s: string) => extractClaims({ parsed: parseText(s), publishedAt: "2026-03-02", roles: [], entities: [] }).map((c) => s.slice(c.start, c.end));

describe("self-repeats", () => {
  it("keeps one telling of a fact told twice, the one with the time", () => {
    const claims = texts("The pilot immediately announced a mayday. Later the pilot immediately declared a mayday at 8:58 a.m.");
    expect(claims.some((t) => t.includes("8:58"))).toBe(true);
    expect(claims).not.toContain("The pilot immediately announced a mayday");
  });

  it("keeps two figures, and two facts that share only their subject", () => {
    const claims = texts(
      "87,000 people took to the streets in Paris. Across France, 1.27 million people took to the streets. The tower gave the warning. The tower gave permission to land.",
    );
    expect(claims.filter((t) => t.includes("took to the streets"))).toHaveLength(2);
    expect(claims.some((t) => t.includes("permission to land"))).toBe(true);
  });

  it("can be switched off", () => {
    setAblated(["self-repeats"]);
    try {
      expect(texts("The pilot immediately announced a mayday. Later the pilot immediately declared a mayday at 8:58 a.m.")).toContain(
        "The pilot immediately announced a mayday",
      );
    } finally {
      setAblated([]);
    }
  });
});
