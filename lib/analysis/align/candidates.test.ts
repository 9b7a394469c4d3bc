import { describe, expect, it } from "vitest";
import { topByCount } from "./candidates";

describe("topByCount", () => {
  it("keeps the most-shared candidates, then the earliest claims among those tied at the cut", () => {
    const counts = new Int32Array(20);
    const touched = [9, 3, 15, 7, 1, 12, 5];
    for (const [o, c] of [
      [9, 3],
      [3, 1],
      [15, 2],
      [7, 1],
      [1, 1],
      [12, 2],
      [5, 1],
    ] as const)
      counts[o] = c;
    // 9 shares 3 keys; of 15 and 12 (2 keys each) the earlier claim
    expect(topByCount(touched, counts, 3, 2)).toEqual([9, 12]);
    // 9 (3 keys), 15 and 12 (2), then the two earliest of those with 1: claims 1 and 3
    expect(topByCount(touched, counts, 3, 5)).toEqual([9, 15, 12, 1, 3]);
  });
  it("gives every candidate when there are no more than k, ties in claim order", () => {
    const counts = Int32Array.from([0, 1, 1]);
    expect(topByCount([2, 1], counts, 1, 4)).toEqual([1, 2]);
  });
});
