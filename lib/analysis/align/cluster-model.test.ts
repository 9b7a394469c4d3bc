import { describe, expect, it } from "vitest";
import type { DraftClaim } from "../claims/draft-claim";
import { clusterClaims, type AlignItem } from "./cluster-claims";
import { DEFAULT_FLAGS } from "./engine-flags";
import { linkGroups } from "./link-groups";

const groupOf = (groups: number[][], i: number) => groups.findIndex((g) => g.includes(i));

function count(source: number, value: number, sentence: string, start: number, extra: Partial<DraftClaim> = {}): AlignItem {
  const draft: DraftClaim = {
    kind: "quantity",
    start,
    end: start + 5,
    summary: `${value} people`,
    names: [],
    words: [String(value), "people"],
    context: ["march", "people", String(value)],
    negated: false,
    sentence: start,
    quantity: { value, low: value, high: value, unit: "people" },
    ...extra,
  };
  return { draft, source, entityIds: [], sentence };
}

describe("clusterClaims with the committed pair model", () => {
  it("puts a report's repeat of a distinctive figure in that figure's row, and leaves small counts alone", () => {
    const repeat = [
      count(0, 45000, "Some 45,000 people marched in the port.", 1),
      count(0, 45000, "The 45,000 people who marched in the port were peaceful.", 9),
      count(1, 45000, "Police said 45,000 people marched in the port.", 1),
    ];
    const groups = clusterClaims(repeat);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 2));
    const small = [count(0, 3, "Three people were hurt in the port.", 1), count(0, 3, "Three people were arrested in the town.", 9)];
    expect(groupOf(clusterClaims(small), 0)).not.toBe(groupOf(clusterClaims(small), 1));
    const hundreds = { quantity: { value: 200, low: 200, high: 999, unit: "people", qualifier: "hundreds" } };
    const vague = [count(0, 200, "Hundreds of residents watched from the quay.", 1, hundreds), count(0, 200, "Hundreds of people marched.", 9, hundreds)];
    expect(groupOf(clusterClaims(vague), 0)).not.toBe(groupOf(clusterClaims(vague), 1));
    const off = clusterClaims(repeat, undefined, { flags: { ...DEFAULT_FLAGS, repeats: false } });
    expect(groupOf(off, 0)).not.toBe(groupOf(off, 1));
  });

  it("puts two figures one report attributes to different named sources in one disputed row", () => {
    const items = [
      count(0, 40000, "Some 40,000 people marched on Tuesday, according to the Harbour Board.", 1),
      count(0, 90000, "The Dockers' Union said 90,000 people marched on Tuesday.", 2),
      count(1, 40000, "The Harbour Board counted 40,000 people marching on Tuesday.", 1),
    ];
    const groups = clusterClaims(items);
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 1));
    expect(groupOf(groups, 0)).toBe(groupOf(groups, 2));
  });

  it("keeps apart two figures of one source, or of different days", () => {
    const same = [count(0, 40000, "Police said 40,000 people marched.", 1), count(0, 90000, "Police said 90,000 people marched.", 2)];
    expect(clusterClaims(same).length).toBe(2);
    const days = [count(0, 40000, "Police said 40,000 people marched on Tuesday.", 1), count(0, 90000, "The union said 90,000 people marched on Jan. 19.", 2)];
    expect(clusterClaims(days).length).toBe(2);
    const off = clusterClaims(
      [count(0, 40000, "Police said 40,000 people marched.", 1), count(0, 90000, "The union said 90,000 people marched.", 2)],
      undefined,
      { flags: { ...DEFAULT_FLAGS, competingSources: false } },
    );
    expect(off.length).toBe(2);
  });
});

describe("linkGroups with dispute links", () => {
  it("joins groups sharing a report only through a dispute link", () => {
    // claims 0 and 1 from report 0, claim 2 from report 1
    const sourceOf = Int32Array.from([0, 0, 1]);
    expect(
      linkGroups(sourceOf, [
        { a: 0, b: 2, score: 0.9 },
        { a: 1, b: 2, score: 0.8 },
      ]).length,
    ).toBe(2);
    expect(linkGroups(sourceOf, [{ a: 0, b: 2, score: 0.9 }], [{ a: 0, b: 1, score: 0.01 }]).length).toBe(1);
  });
});
