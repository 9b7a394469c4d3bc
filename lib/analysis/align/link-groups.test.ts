import { describe, expect, it } from "vitest";
import { linkGroups, linkOrder } from "./link-groups";

describe("linkGroups", () => {
  it("joins along the strongest links first and never puts one report twice in a group", () => {
    // claims 0 and 1 come from report 0; claim 2 from report 1; claim 3 from report 2
    const sourceOf = Int32Array.from([0, 0, 1, 2]);
    const groups = linkGroups(sourceOf, [0, 1, 2], [2, 2, 3], [0.9, 0.8, 0.5]);
    expect(groups.map((g) => g.sort()).sort()).toEqual([[0, 2, 3], [1]]);
  });
});

describe("linkOrder", () => {
  it("orders by score, then by the first and second claim, as one sort would", () => {
    const la = [3, 1, 2, 1, 0], lb = [4, 5, 3, 2, 9], ls = [0.5, 0.9, 0.5, 0.9, 0.30000001];
    const expected = [...la.keys()].sort((i, j) => ls[j]! - ls[i]! || la[i]! - la[j]! || lb[i]! - lb[j]!);
    expect(linkOrder(la, lb, ls)).toEqual(expected);
    expect(linkOrder([], [], [])).toEqual([]);
  });
});
