import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { findParenthetical, keepsInsert } from "./parentheticals";

function insertOf(text: string) {
  const { tokens } = parseText(text);
  const p = findParenthetical(tokens, () => false);
  return p && text.slice(tokens[p.from]!.start, tokens[p.to - 1]!.end);
}

describe("findParenthetical", () => {
  it("finds a relative or participle clause between a subject and its verb", () => {
    expect(insertOf("The curfew in Dunmore Bridge, imposed after the riot, was lifted on Friday.")).toBe("imposed after the riot");
    expect(insertOf("The mayor, who toured the site on Monday, said repairs would start soon.")).toBe("who toured the site on Monday");
  });

  it("leaves other commas alone", () => {
    expect(insertOf("The mayor said, after a pause, that repairs would start soon.")).toBeNull();
    expect(insertOf("Rain fell, and the river rose.")).toBeNull();
    expect(insertOf("The mayor, who toured the site, praising the crews.")).toBeNull();
  });
});

describe("keepsInsert", () => {
  it("keeps relative clauses and participle phrases with content, not a bare owner", () => {
    const toks = (t: string) => parseText(t).tokens;
    expect(keepsInsert(toks("who toured the site"))).toBe(true);
    expect(keepsInsert(toks("imposed after the riot broke out downtown"))).toBe(true);
    expect(keepsInsert(toks("owned by Harlow Ferries"))).toBe(false);
  });
});
