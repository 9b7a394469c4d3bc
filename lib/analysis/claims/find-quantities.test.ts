import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { findQuantities } from "./find-quantities";

function quantities(text: string) {
  const parsed = parseText(text);
  return findQuantities(parsed.tokens).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
}

describe("findQuantities", () => {
  it("splits casualty counts into one count each", () => {
    const qs = quantities("The boiler blast left two workers dead and injured at least 15 others, including three apprentices.");
    expect(qs.map((q) => [q.value, q.unit, q.text])).toEqual([
      [2, "dead", "two workers dead"],
      [15, "injured", "injured at least 15 others"],
      [3, "apprentices", "three apprentices"],
    ]);
    expect(qs[1]).toMatchObject({ low: 15, high: 150, qualifier: "at least" });
  });

  it("reads hyphenated measures, vague plurals and their modifiers", () => {
    const qs = quantities("Strikers began a 48-hour walkout after managers counted dozens of bus and tram breakdowns.");
    expect(qs.map((q) => [q.value, q.unit, q.low, q.high])).toEqual([
      [48, "hours", 48, 48],
      [24, "breakdowns", 24, 99],
    ]);
    expect(qs[1]!.modifiers).toEqual(["bus", "tram"]);
  });

  it("skips years and days of the month, and reads a count after 'the' (reports annotate 'the eight unions')", () => {
    expect(quantities("In March 2021 the two companies merged, and on 4 May 2022 nearly 900 jobs went.").map((q) => [q.value, q.unit, q.qualifier])).toEqual([
      [2, "companies", undefined],
      [900, "jobs", "nearly"],
    ]);
  });

  it("reads a hyphenated number word split into three tokens", () => {
    const qs = quantities("Forty-two were admitted to the county hospital.");
    expect(qs.map((q) => [q.value, q.unit])).toEqual([[42, "hospitalised"]]);
  });

  it('reads percent signs and acronym plurals, and reads "no one" as none, not one', () => {
    expect(quantities("Shares in Orbel fell 3.2% on Friday.").map((q) => [q.value, q.unit, q.text])).toEqual([[3.2, "%", "3.2%"]]);
    expect(quantities("Orbel is recalling 52,000 ATVs worldwide.").map((q) => [q.value, q.unit])).toEqual([[52000, "atvs"]]);
    expect(quantities("The firm said no one had been hurt.").map((q) => [q.value, q.unit])).toEqual([[0, "injured"]]);
  });

  it("counts kinds of one thing under one unit", () => {
    expect(quantities("The firm recalled 52,000 cars and said 300 houses were damaged.").map((q) => [q.value, q.unit])).toEqual([
      [52000, "vehicles"],
      [300, "homes"],
    ]);
  });

  it("counts people forced from or leaving their homes as evacuated", () => {
    expect(quantities("About 600 residents have been forced from their homes.").map((q) => [q.value, q.unit])).toEqual([[600, "evacuated"]]);
    expect(quantities("The flood made 450 people leave their homes.").map((q) => [q.value, q.unit])).toEqual([[450, "evacuated"]]);
    expect(quantities("About 600 residents watched from their homes.").map((q) => [q.value, q.unit])).toEqual([[600, "people"]]);
  });

  it("reads 'two of them seriously' as a part of the count before it", () => {
    const qs = quantities("Nine workers were injured, two of them seriously.");
    expect(qs.map((q) => [q.value, q.unit, q.text])).toEqual([
      [9, "injured", "Nine workers were injured"],
      [2, "seriously injured", "two of them seriously"],
    ]);
  });

  it("takes a unit of measure right after the number as the unit, not the noun after it", () => {
    expect(quantities("Keep the tank below 60 percent capacity.").map((q) => [q.value, q.unit, q.text])).toEqual([[60, "%", "below 60 percent"]]);
  });

  it("reads 'nobody was hurt' and 'none of which caused injuries' as a count of zero", () => {
    expect(quantities("The roof fell in but nobody was hurt.").map((q) => [q.value, q.unit, q.text])).toEqual([[0, "injured", "nobody was hurt"]]);
    expect(quantities("There were six collisions, none of which caused injuries.").map((q) => [q.value, q.unit])).toEqual([
      [6, "collisions"],
      [0, "injured"],
    ]);
    expect(quantities("Nobody knew the answer.")).toEqual([]);
  });

  it("reads a casualty verb before a number with no noun of its own", () => {
    const qs = quantities("The storm hit the coast on Monday, killing 4 people and injuring around 60, police said.");
    expect(qs.map((q) => [q.value, q.unit, q.text])).toEqual([
      [4, "dead", "killing 4 people"],
      [60, "injured", "injuring around 60"],
    ]);
  });

  it("reads a part of a counted whole, and the whole as its own count", () => {
    expect(quantities("Five of the bus's twelve windows shattered.").map((q) => [q.value, q.unit, q.text])).toEqual([
      [5, "windows", "Five of the bus's twelve windows"],
      [12, "windows", "twelve windows"],
    ]);
    expect(quantities("One of the two pumps failed.")).toEqual([]);
  });

  it("reads 'N of them' followed by the state they are in", () => {
    expect(quantities("Staff said 6 of them remained in a critical condition.").map((q) => [q.value, q.unit])).toEqual([[6, "critical"]]);
    expect(quantities("The blast killed two and injured dozens.").map((q) => [q.value, q.unit, q.low, q.high])).toEqual([
      [2, "dead", 2, 2],
      [24, "injured", 24, 99],
    ]);
  });

  it("reads a speed that ends the sentence", () => {
    expect(quantities("The bus was doing 70 km/h.").map((q) => [q.value, q.unit, q.text])).toEqual([[70, "km/h", "70 km/h"]]);
  });

  it("keeps a rate apart from a count of the same thing", () => {
    expect(quantities("The line carries 40 million passengers a year and 300 trains daily.").map((q) => [q.value, q.unit])).toEqual([
      [40_000_000, "people/year"],
      [300, "trains/day"],
    ]);
  });
});
