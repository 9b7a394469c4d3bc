import { describe, expect, it } from "vitest";
import { linkGroups, linkOrder, type Link } from "./link-groups";

const links = (a: number[], b: number[], score: number[]): Link[] => a.map((x, i) => ({ a: x, b: b[i]!, score: score[i]! }));

describe("linkGroups", () => {
  it("joins along the strongest links first and never puts one report twice in a group", () => {
    // claims 0 and 1 come from report 0; claim 2 from report 1; claim 3 from report 2
    const sourceOf = Int32Array.from([0, 0, 1, 2]);
    const groups = linkGroups(sourceOf, links([0, 1, 2], [2, 2, 3], [0.9, 0.8, 0.5]));
    expect(groups.map((g) => g.sort()).sort()).toEqual([[0, 2, 3], [1]]);
  });
});

describe("linkOrder", () => {
  it("orders by score, then by the first and second claim, as one sort would", () => {
    const all = links([3, 1, 2, 1, 0], [4, 5, 3, 2, 9], [0.5, 0.9, 0.5, 0.9, 0.30000001]);
    const expected = [...all].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    expect(linkOrder(all)).toEqual(expected);
    expect(linkOrder([])).toEqual([]);
  });
});
