import { describe, expect, it } from "vitest";
import type { Analysis, Claim } from "../../types";
import { mapGoldToClaims, type Gold } from "./map-gold";

const text = "The ferry sank on Monday. Twelve people died and 40 were rescued.";
const claim = (id: string, phrase: string, value?: number): Claim => {
  const start = text.indexOf(phrase);
  return {
    id,
    sourceId: "s1",
    start,
    end: start + phrase.length,
    text: phrase,
    kind: value === undefined ? "event" : "quantity",
    summary: phrase,
    entityIds: [],
    ...(value === undefined ? {} : { quantity: { value, low: value, high: value, unit: "dead" } }),
  };
};

describe("mapGoldToClaims", () => {
  it("gives each gold mention the overlapping claim with its value, one claim per mention", () => {
    const analysis: Analysis = {
      version: 1,
      entities: [],
      clusters: [],
      sources: [
        {
          id: "s1",
          file: "dir/a.txt",
          title: null,
          outlet: null,
          url: null,
          publishedAt: null,
          byline: null,
          family: "s1",
          familyLabel: "a",
          provenance: [],
          furniture: [],
        },
      ],
      claims: [claim("c1", "The ferry sank on Monday"), claim("c2", "Twelve people died", 12), claim("c3", "Twelve people died and 40 were rescued")],
    };
    const gold: Gold = {
      sources: { "a.txt": {} },
      propositions: [
        { id: "sank", verdict: "agree", mentions: [{ file: "a.txt", evidence: "ferry sank" }] },
        { id: "toll", verdict: "agree", mentions: [{ file: "a.txt", evidence: "Twelve people died", value: 12 }] },
        { id: "rescued", verdict: "single", mentions: [{ file: "a.txt", evidence: "40 were rescued", value: 40 }] },
      ],
    };
    const map = mapGoldToClaims(gold, new Map([["a.txt", text]]), analysis);
    expect(Object.fromEntries(map)).toEqual({ c1: "sank", c2: "toll" });
  });
});
