import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { setAblated } from "../nlp/rule-switches";
import { findQuantities } from "./find-quantities";

const read = (s: string) => findQuantities(parseText(s).tokens).map((q) => [s.slice(q.start, q.end), q.value, q.unit]);

describe("money, article scales and magnitudes", () => {
  it("reads currency signs with letter or word scales", () => {
    expect(read("The bridge will cost $9bn and the tunnel £7.5 billion, the council said.")).toEqual([
      ["$9bn", 9e9, "USD"],
      ["£7.5 billion", 7.5e9, "GBP"],
    ]);
  });

  it("reads 'half a million' and 'a million' as numbers", () => {
    expect(read("Half a million people marched, and a million more watched.")[0]).toEqual(["Half a million people", 500000, "people"]);
  });

  it("reads a quake's magnitude before or after the number", () => {
    expect(read("The magnitude 5.9 earthquake struck at dawn.")).toEqual([["magnitude 5.9", 5.9, "magnitude"]]);
    expect(read("A 5.9-magnitude quake hit the coast.")).toEqual([["5.9-magnitude", 5.9, "magnitude"]]);
  });

  it("can be switched off", () => {
    setAblated(["money-magnitude"]);
    try {
      expect(read("The bridge will cost $9bn.").some(([, , unit]) => unit === "USD")).toBe(false);
    } finally {
      setAblated([]);
    }
  });
});
