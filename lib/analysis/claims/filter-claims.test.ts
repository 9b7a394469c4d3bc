import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { extractClaims } from "./extract-claims";

const texts = (s: string) => extractClaims({ parsed: parseText(s), publishedAt: "2026-03-02", roles: [], entities: [] }).map((c) => s.slice(c.start, c.end));

describe("filterClaims", () => {
  it("drops attribution stubs and keeps what they attribute", () => {
    const claims = texts("The harbour board said in a statement on Sunday. According to Velsk Lines, 120 passengers had left the ferry.");
    expect(claims).not.toContain("The harbour board said in a statement on Sunday");
    expect(claims.some((t) => t.includes("120 passengers"))).toBe(true);
  });

  it("keeps a passive that says what was reported", () => {
    expect(texts("Deaths were also reported in Velsk and Tarnow.").some((t) => t.startsWith("Deaths were also reported"))).toBe(true);
  });

  it("drops short scene-setting with no verb and an indefinite 'one'", () => {
    const claims = texts("At a press briefing, officials gave new figures. One expert doubted them.");
    expect(claims).not.toContain("At a press briefing");
    expect(claims).not.toContain("One expert");
  });

  it("keeps one claim for one count: no clause that only repeats it", () => {
    const claims = texts("The blast killed 4 people.");
    expect(claims.filter((t) => t.includes("4 people"))).toHaveLength(1);
  });

  it("takes no form of address for an office", () => {
    const roles = extractClaims({
      parsed: parseText("Mr Macron spoke."),
      publishedAt: null,
      entities: [],
      roles: [{ start: 0, end: 9, person: "Macron", title: "Mr", office: "", former: false, nameStart: 3, nameEnd: 9 }],
    });
    expect(roles.filter((c) => c.kind === "role")).toEqual([]);
  });

  it("can be switched off", () => {
    setAblated(["claim-filter"]);
    try {
      expect(texts("The harbour board said in a statement on Sunday.")).toContain("The harbour board said in a statement on Sunday");
    } finally {
      setAblated([]);
    }
  });
});
