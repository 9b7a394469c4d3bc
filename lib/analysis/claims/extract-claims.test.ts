import { setAblated } from "../nlp/rule-switches";
import { describe, expect, it } from "vitest";
import { findEntities } from "../entities/find-entities";
import { findRoles } from "../entities/find-roles";
import { parseText } from "../nlp/parse-text";
import { extractClaims } from "./extract-claims";

function extract(text: string) {
  const parsed = parseText(text);
  const roles = findRoles(parsed.tokens);
  const drafts = extractClaims({ parsed, publishedAt: "2023-03-08", roles, entities: findEntities(parsed.sentences, roles) });
  return drafts.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}

describe("extractClaims", () => {
  it("splits a quote from its speaker and channel", () => {
    const claims = extract("Harbour master Ines Kalu spoke on Monday. “The channel will stay closed until the wreck is lifted,” Kalu told Coast Radio.");
    const quote = claims.find((c) => c.kind === "quote")!;
    expect(quote.text).toBe("The channel will stay closed until the wreck is lifted");
    expect(quote.quote).toMatchObject({ speaker: "Kalu", channel: "Coast Radio" });
  });

  it("keeps who says it apart from what is said", () => {
    const claims = extract("The airline said that 14 flights were cancelled because of the strike.");
    // the stub "The airline said" is no claim of its own: the statement carries who said it
    expect(claims.some((c) => c.kind === "attribution")).toBe(false);
    const q = claims.find((c) => c.kind === "quantity")!;
    expect(q.quantity).toMatchObject({ value: 14, unit: "flights" });
    const statement = claims.find((c) => c.kind === "statement" && c.text.startsWith("14 flights were cancelled"))!;
    expect(statement.attribution).toEqual({ who: "The airline", verb: "say" });
    setAblated(["claim-filter"]);
    try {
      expect(extract("The airline said that 14 flights were cancelled because of the strike.").find((c) => c.kind === "attribution")!.text).toBe(
        "The airline said",
      );
    } finally {
      setAblated([]);
    }
  });

  it("gives a dated clause its resolved date", () => {
    const claims = extract("The bakery chain closed its last store on Friday.");
    const dated = claims.find((c) => c.kind === "date")!;
    expect(dated.date).toEqual({ iso: "2023-03-03", phrase: "on Friday", weekday: 5 });
  });

  it("resolves 'he' past a date phrase to the last person named, not to the weekday", () => {
    setAblated(["claim-filter"]);
    const claims = extract("Mill owner Carla Brandt blamed the drought. At the same time, he went on Tuesday to voice hope that the river would rise.");
    setAblated([]);
    const frame = claims.find((c) => c.kind === "attribution")!;
    expect(frame.attribution!.who).toBe("Carla Brandt");
    expect(frame.names).toContain("Carla Brandt");
    expect(frame.date).toMatchObject({ phrase: "on Tuesday", weekday: 2 });
  });

  it("marks a speech clause that frames the next clause, and only that one", () => {
    const claims = extract("The mayor voiced some optimism on Friday, saying the bridge could reopen soon. Later the council warned about delays.");
    expect(claims.find((c) => c.text.startsWith("The mayor voiced"))!.speechAct).toBe(true);
    expect(claims.find((c) => c.text.includes("council warned"))?.speechAct).toBeUndefined();
  });

  it("keeps a fact in a quotation's frame, and dates the subject's own verb, not the inserted clause", () => {
    const claims = extract(
      "The mayor, who toured the harbour on Monday, said: “We will rebuild every pier and every shed that the storm destroyed on the night it struck the town.”",
    );
    expect(claims.find((c) => c.text === "toured the harbour on Monday")?.date).toMatchObject({ weekday: 1 });
    const lifted = extract("The curfew, imposed after the riot on Sunday, was lifted on Friday.").find((c) => c.text.startsWith("The curfew"))!;
    expect(lifted.date).toMatchObject({ weekday: 5 });
  });

  it("compares a list on the count it belongs to, not again on its clause", () => {
    const claims = extract("The army said it shot down hundreds of drone and rocket attacks.");
    expect(claims.find((c) => c.kind === "quantity")!.quantity!.modifiers).toEqual(["drone", "rocket"]);
    expect(claims.filter((c) => c.kind !== "quantity").every((c) => !c.pairs?.length)).toBe(true);
  });
});
