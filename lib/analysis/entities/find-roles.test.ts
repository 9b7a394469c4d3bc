import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { findRoles } from "./find-roles";

describe("findRoles", () => {
  it("reads titles, qualifiers and 'former'", () => {
    const text = "Former Mayor Alan Brisk and Harbour Authority spokeswoman Jenna Ortiz met Transport Secretary of State Paul Nye.";
    const roles = findRoles(parseText(text).tokens);
    expect(roles.map((r) => [r.person, r.office, r.former, text.slice(r.start, r.end)])).toEqual([
      ["Alan Brisk", "mayor", true, "Former Mayor Alan Brisk"],
      ["Jenna Ortiz", "spokesperson", false, "Harbour Authority spokeswoman Jenna Ortiz"],
      ["Paul Nye", "secretary of state", false, "Transport Secretary of State Paul Nye"],
    ]);
  });

  it("reads a title of several capitalised words as one title, not a name", () => {
    const text = "Deputy Police Chief Lena Holt told reporters the quay was shut.";
    const roles = findRoles(parseText(text).tokens);
    expect(roles.map((r) => [r.person, r.title])).toEqual([["Lena Holt", "Deputy Police Chief"]]);
  });
});
