import { describe, expect, it } from "vitest";
import { parseText } from "../nlp/parse-text";
import { coordinatedPairs } from "./clause-features";

const pairs = (text: string) => coordinatedPairs(parseText(text).tokens);

describe("coordinatedPairs", () => {
  it("reads pairs of common nouns and of names", () => {
    expect(pairs("Prices of gas and diesel rose.")).toEqual([["diesel", "gas"]]);
    expect(pairs("The ban covers the Falcon and the Heron, both built in Tarvik.")).toEqual([["falcon", "heron"]]);
    expect(pairs("Crews reached Upper Millbrook and Oakvale on foot.")).toEqual([["oakvale", "upper millbrook"]]);
  });

  it("skips names that only describe the noun after them", () => {
    expect(pairs("Talks with Danish and Dutch officials resume.")).toEqual([]);
  });
});
