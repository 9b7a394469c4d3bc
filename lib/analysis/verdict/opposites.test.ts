import { describe, expect, it } from "vitest";
import { antonymPair as pairOf, bearings, claimWords, opposedDirections } from "./opposites";

const opposed = (a: string, b: string) => opposedDirections(bearings(a), bearings(b));
const antonymPair = (a: string[], b: string[]) => pairOf(claimWords(a), claimWords(b));

describe("opposedDirections", () => {
  it("flags directions a quarter turn or more apart", () => {
    expect(opposed("71 km northeast of the city", "72 km southwest of the city")).toEqual(["northeast", "southwest"]);
    expect(opposed("north of the port", "east of the port")).toEqual(["north", "east"]);
  });
  it("lets neighbouring directions and one-sided mentions pass", () => {
    expect(opposed("north of the port", "northeast of the port")).toBeNull();
    expect(opposed("north of the port", "near the port")).toBeNull();
  });
});

describe("antonymPair", () => {
  it("finds WordNet antonyms between claims that otherwise agree", () => {
    expect(antonymPair(["price", "fuel", "increase", "march"], ["price", "fuel", "decrease", "march"])).toEqual(["increase", "decrease"]);
  });
  it("ignores antonyms in claims that share little else", () => {
    expect(antonymPair(["runway", "long"], ["aircraft", "short", "landing", "capable"])).toBeNull();
  });
});
