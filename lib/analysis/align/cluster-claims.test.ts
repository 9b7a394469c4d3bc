import { describe, expect, it } from "vitest";
import type { DraftClaim } from "../claims/draft-claim";
import { clusterClaims as clusterWith, type AlignItem } from "./cluster-claims";
import { DEFAULT_FLAGS } from "./engine-flags";

// The hand-weighted score, kept as the ablation of the pair model (`model` off): its rules, one by one.
const HAND = { ...DEFAULT_FLAGS, model: false };
const clusterClaims = (items: AlignItem[], onScore?: (a: number, b: number, score: number) => void) => clusterWith(items, onScore, { flags: HAND });

function item(source: number, words: string[], extra: Partial<DraftClaim> = {}, entityIds: string[] = []): AlignItem {
  const draft: DraftClaim = {
    kind: "event",
    start: 0,
    end: 1,
    summary: words.join(" "),
    names: [],
    words,
    context: words,
    negated: false,
    sentence: 0,
    ...extra,
  };
  return { draft, source, entityIds };
}

const groupOf = (groups: number[][], i: number) => groups.findIndex((g) => g.includes(i));

describe("clusterClaims, hand-scored", () => {
  it("links paraphrases across reports and keeps different facts apart", () => {
    const items = [
      item(0, ["bridge", "close", "flood", "river"]),
      item(0, ["school", "reopen", "week"]),
      item(1, ["flood", "bridge", "river", "shut"]),
      item(1, ["school", "open", "week", "pupil"]),
      item(2, ["harvest", "late", "rain"]),
    ];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 2));
    expect(groupOf(groups, 1)).toBe(groupOf(groups, 3));
    expect(groupOf(groups, 0)).not.toBe(groupOf(groups, 1));
    expect(groups[groupOf(groups, 4)]).toEqual([4]);
  });

  it("never puts two claims of one report in the same cluster", () => {
    const items = [item(0, ["dam", "burst", "village"]), item(0, ["dam", "burst", "village", "night"]), item(1, ["dam", "burst", "village"])];
    for (const g of clusterClaims(items)) expect(new Set(g.map((i) => items[i]!.source)).size).toBe(g.length);
  });

  it("aligns counts of the same unit and not of different units", () => {
    const q = (source: number, value: number, unit: string) =>
      item(source, ["fire", "factory", unit], { kind: "quantity", quantity: { value, low: value, high: value, unit } });
    const items = [q(0, 4, "dead"), q(1, 6, "dead"), q(1, 4, "trucks")];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
    expect(groupOf(groups, 0)).not.toBe(groupOf(groups, 2));
  });

  it("lets a speech clause that frames the next clause meet a who-said frame of the same speaker", () => {
    const frame = item(0, ["continue", "voice", "hope"], { kind: "attribution", attribution: { who: "Ana Ruiz", verb: "hope" } }, ["e-ana-ruiz"]);
    const act = item(1, ["add", "note", "hope"], { kind: "date", speechAct: true }, ["e-ana-ruiz"]);
    const other = item(1, ["add", "note", "hope"], { kind: "date" }, ["e-ana-ruiz"]);
    expect(groupOf(clusterClaims([frame, act]), 0)).toBe(groupOf(clusterClaims([frame, act]), 1));
    const apart = clusterClaims([frame, other]);
    expect(groupOf(apart, 0)).not.toBe(groupOf(apart, 1));
  });

  it("finds a count whose words meet no other claim through its unit", () => {
    const q = (source: number, value: number, words: string[]) =>
      item(source, words, { kind: "quantity", quantity: { value, low: value * 0.9, high: value, unit: "hospitalised" } });
    const items = [q(0, 40, ["nearly", "people", "take", "hospital"]), q(1, 38, ["admit"]), item(1, ["storm", "roof"])];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
  });

  it("pairs two different figures for the one count of a thing each report gives, when their sentences share names", () => {
    const q = (source: number, value: number, words: string[], context: string[]) =>
      item(source, words, { kind: "quantity", context, quantity: { value, low: value, high: value, unit: "boats" } }, ["e-harbour-co"]);
    const items = [
      q(0, 120, ["boat"], ["harbour", "co", "sell", "boat", "season", "auction"]),
      q(1, 95, ["vessel"], ["harbour", "co", "sell", "vessel", "winter"]),
      item(1, ["storm", "roof"]),
    ];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
    // with nothing in common around them, two counts stay apart
    const apart = clusterClaims([q(0, 120, ["boat"], ["ferry", "strike"]), { ...q(1, 95, ["boat"], ["garden", "show"]), entityIds: [] }]);
    expect(groupOf(apart, 0)).not.toBe(groupOf(apart, 1));
  });

  it("draws together two-item lists that share an item", () => {
    const list = (source: number, words: string[], pairs: string[][]) => item(source, words, { pairs });
    const items = [
      list(0, ["farm", "millbrook", "oakvale", "order", "clear"], [["millbrook", "oakvale"]]),
      list(1, ["farm", "millbrook", "rushmere", "empty"], [["millbrook", "rushmere"]]),
    ];
    const apart = clusterClaims([items[0]!, { ...items[1]!, draft: { ...items[1]!.draft, pairs: [] } }]);
    expect(groupOf(apart, 0)).not.toBe(groupOf(apart, 1));
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
  });

  it("pairs two different figures that count the same thing, even beside other counts of the unit", () => {
    const q = (source: number, value: number, predicate: string, words: string[]) =>
      item(source, words, { kind: "quantity", predicate, context: [...words, "storm"], quantity: { value, low: value, high: value, unit: "km/h" } });
    const items = [q(0, 130, "gust", ["130", "km"]), q(0, 50, "limit", ["50", "km"]), q(1, 95, "gust", ["95", "km"])];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 2));
    expect(groupOf(groups, 1)).not.toBe(groupOf(groups, 2)); // figures orders of magnitude apart are not one figure misstated
    const far = clusterClaims([q(0, 130, "gust", ["130", "km"]), q(1, 9500, "gust", ["9500", "km"])]);
    expect(groupOf(far, 0)).not.toBe(groupOf(far, 1));
  });

  it("pairs the one compatible count of a unit each report gives, whatever the words around it", () => {
    const q = (source: number, value: number, low: number, high: number, words: string[]) =>
      item(source, words, { kind: "quantity", quantity: { value, low, high, unit: "people" } });
    const groups = clusterClaims([q(0, 340, 306, 374, ["340", "passenger"]), q(1, 350, 315, 385, ["350", "people"]), item(1, ["storm", "roof"])]);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
  });

  it("links an end and a later day it still went on, and keeps a start and a later end apart", () => {
    const at = (source: number, words: string[], phase: DraftClaim["phase"], weekday: number) =>
      item(source, words, { kind: "date", phase, date: { iso: null, phrase: "", weekday } });
    const conflict = clusterClaims([at(0, ["curfew", "lift"], "end", 3), at(1, ["curfew", "force"], "since", 4)]);
    expect(groupOf(conflict, 0)).toBe(groupOf(conflict, 1));
    const facts = clusterClaims([at(0, ["curfew", "impose", "town"], "start", 1), at(1, ["curfew", "lift", "town"], "end", 5)]);
    expect(groupOf(facts, 0)).not.toBe(groupOf(facts, 1));
  });

  it("does not draw two facts together for naming the same two places, and favours two denials", () => {
    const list = (source: number, words: string[], negated = false) => item(source, words, { pairs: [["ashby", "morrow"]], negated });
    const apart = clusterClaims([list(0, ["bus", "suspend", "ashby", "morrow"]), list(1, ["school", "appeal", "donor", "ashby", "morrow"])]);
    expect(groupOf(apart, 0)).not.toBe(groupOf(apart, 1));
    const scoreOf = (negated: boolean) => {
      let score = 0;
      clusterClaims([item(0, ["talk", "since", "war"], { negated: true }), item(1, ["talk", "since", "invasion"], { negated })], (_a, _b, s) => {
        score = s;
      });
      return score;
    };
    expect(scoreOf(true)).toBeGreaterThan(scoreOf(false));
  });
});
