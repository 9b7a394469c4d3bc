import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { findQuantities } from "./find-quantities";

const read = (s: string, context?: string) => findQuantities(parseText(s).tokens, context).map((q) => [s.slice(q.start, q.end), q.value, q.unit]);

describe("figures with no counted noun", () => {
  it("takes the unit of the count before in the sentence, with the place each belongs to", () => {
    expect(read("Some 30,000 people marched in Tarnow, 12,000 in Velsk (against 9,500 last week).")).toEqual([
      ["Some 30,000 people", 30000, "people"],
      ["12,000 in Velsk", 12000, "people"],
      ["9,500", 9500, "people"],
    ]);
  });

  it("takes a casualty word earlier in the sentence", () => {
    expect(read("The death toll rose to 1,204 on Monday.")).toEqual([["1,204", 1204, "dead"]]);
  });

  it("takes the unit the sentences before counted", () => {
    expect(read("Organisers said it was 48,000.", "people")).toEqual([["48,000", 48000, "people"]]);
  });

  it("reads an age set off by commas after a name", () => {
    expect(read("Farmer Ilse Darrow, 61, said the river rose overnight.")).toEqual([["61", 61, "years old"]]);
  });

  it("leaves model numbers, flight numbers and figures with nothing to count alone", () => {
    expect(read("The Boeing 737 flew as Flight 2216.")).toEqual([]);
    expect(read("It was 48,000.")).toEqual([]);
  });

  it("can be switched off", () => {
    setAblated(["bare-counts"]);
    try {
      expect(read("The death toll rose to 1,204 on Monday.")).toEqual([]);
    } finally {
      setAblated([]);
    }
  });
});
