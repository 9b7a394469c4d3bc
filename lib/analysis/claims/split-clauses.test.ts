import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { splitClauses } from "./split-clauses";

function pieces(text: string) {
  const { tokens } = parseText(text);
  return splitClauses(tokens, () => false).map((p) => [text.slice(p.tokens[0]!.start, p.tokens[p.tokens.length - 1]!.end), p.attribution]);
}

describe("splitClauses", () => {
  it("separates who speaks from what is said", () => {
    expect(pieces("The harbour master said that the ferry had struck a sandbank.")).toEqual([
      ["The harbour master said", true],
      ["the ferry had struck a sandbank", false],
    ]);
  });

  it("cuts coordinated clauses but not coordinated nouns", () => {
    expect(pieces("The fire destroyed two warehouses and damaged a school, while firefighters and police evacuated the street.")).toEqual([
      ["The fire destroyed two warehouses", false],
      ["damaged a school", false],
      ["firefighters and police evacuated the street", false],
    ]);
  });

  it("cuts the last of a list of verb phrases whose verb the tagger reads as a noun", () => {
    expect(pieces("The toll climbed after the aircraft skidded off the runway, slammed into a concrete barrier, and burst into flames.").slice(-2)).toEqual([
      ["slammed into a concrete barrier", false],
      ["burst into flames", false],
    ]);
  });

  it("keeps 'as well as' and ', including' lists with the clause they extend", () => {
    expect(pieces("Deaths were reported in Agadir and Azilal, as well as in a number of other cities.")).toHaveLength(1);
    expect(pieces("The authorities are responding quickly despite the many challenges, including difficult terrain.")).toHaveLength(1);
  });

  it("takes a trailing who-said off the fact it reports", () => {
    expect(pieces("The bridge will stay shut for another week, the council said on Monday.")).toEqual([
      ["The bridge will stay shut for another week", false],
      ["the council said on Monday", true],
    ]);
    expect(pieces("The levee failed near the mill, engineers said, although the cause is unclear.")).toEqual([
      ["The levee failed near the mill", false],
      ["engineers said", true],
      ["the cause is unclear", false],
    ]);
    // a clause after the verb is not a trailing attribution
    expect(pieces("The bridge is shut, the council said it would reopen soon.").some(([t, a]) => a && t === "the council said it would reopen soon")).toBe(
      false,
    );
  });

  it("does not cut before an infinitive after a list of names", () => {
    expect(pieces("Officials have ordered residents of Millbrook and Oakvale to leave.")).toEqual([
      ["Officials have ordered residents of Millbrook and Oakvale to leave", false],
    ]);
  });

  it("cuts at a comma and a longer subject before its verb", () => {
    expect(pieces("The farms of Millbrook and Oakvale have been emptied, and the lane between Millbrook and Oakvale is shut.")).toEqual([
      ["The farms of Millbrook and Oakvale have been emptied", false],
      ["the lane between Millbrook and Oakvale is shut", false],
    ]);
  });

  it("keeps a list of names with the noun it spells out", () => {
    expect(pieces("The ban covers two ships, the Falcon and the Heron, from Monday.")).toEqual([
      ["The ban covers two ships, the Falcon and the Heron, from Monday", false],
    ]);
  });

  it("reads an opening 'According to …,' as who says it, up to its comma", () => {
    expect(pieces("According to a letter sent to parents and seen by the Gazette, the school will close.")).toEqual([
      ["According to a letter sent to parents and seen by the Gazette", true],
      ["the school will close", false],
    ]);
  });

  it("cuts a participle phrase after a complete clause", () => {
    expect(pieces("The ban covers the Falcon and the Heron, both built at the Tarvik yard.")).toEqual([
      ["The ban covers the Falcon and the Heron", false],
      ["both built at the Tarvik yard", false],
    ]);
  });

  it("gives an inserted clause its own piece and the subject its verb", () => {
    expect(pieces("The curfew in Dunmore Bridge, imposed after the riot broke out downtown, was lifted on Friday.")).toEqual([
      ["imposed after the riot broke out downtown", false],
      ["The curfew in Dunmore Bridge, imposed after the riot broke out downtown, was lifted on Friday", false],
    ]);
  });

  it("keeps 'since shortly after …' as one time phrase", () => {
    expect(pieces("There have been no ferries since shortly after the storm hit the coast.")).toEqual([
      ["There have been no ferries since shortly after the storm hit the coast", false],
    ]);
  });

  it("cuts before what was found, and before an appositive that opens with a possessive", () => {
    expect(pieces("The firm recalled 900 kettles after finding that a faulty switch can overheat.")).toEqual([
      ["The firm recalled 900 kettles after finding", false],
      ["a faulty switch can overheat", false],
    ]);
    expect(pieces("Shares fell 3% on Friday, their worst day in a year.")).toEqual([
      ["Shares fell 3% on Friday", false],
      ["their worst day in a year", false],
    ]);
  });

  it("cuts before a timed clause whose subject has phrases of its own, not before a plain phrase", () => {
    expect(pieces("Prices fell on Friday after a storm at the port in Dunmore on Tuesday damaged two cranes.")).toEqual([
      ["Prices fell on Friday", false],
      ["a storm at the port in Dunmore on Tuesday damaged two cranes", false],
    ]);
    expect(pieces("The ferry sank after a fire on the vehicle deck.")).toEqual([["The ferry sank after a fire on the vehicle deck", false]]);
  });
});
