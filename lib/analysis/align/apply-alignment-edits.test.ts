import { describe, expect, it } from "vitest";
import { applyAlignmentEdits, claimKey } from "./apply-alignment-edits";

// Claims 0..4; refs name them as the app stores them.
const refs = [0, 1, 2, 3, 4].map((i) => claimKey(`r${i}`, i * 10, i * 10 + 5, "event"));
const start = () => [[0, 1, 2], [3], [4]];

describe("applyAlignmentEdits", () => {
  it("moves a claim into the cluster of another", () => {
    expect(applyAlignmentEdits(start(), refs, [{ action: "move", claimRef: refs[2]!, targetRef: refs[3]! }]).groups).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("splits a claim out on its own, and a move without a target does the same", () => {
    expect(applyAlignmentEdits(start(), refs, [{ action: "split", claimRef: refs[1]!, targetRef: null }]).groups).toEqual([[0, 2], [3], [4], [1]]);
    expect(applyAlignmentEdits(start(), refs, [{ action: "move", claimRef: refs[0]!, targetRef: null }]).groups).toEqual([[1, 2], [3], [4], [0]]);
  });

  it("merges two clusters and drops the emptied one", () => {
    expect(applyAlignmentEdits(start(), refs, [{ action: "merge", claimRef: refs[3]!, targetRef: refs[4]! }]).groups).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it("replays edits in order and skips those naming claims that no longer exist", () => {
    const result = applyAlignmentEdits(start(), refs, [
      { action: "merge", claimRef: refs[0]!, targetRef: refs[4]! },
      { action: "split", claimRef: "gone:1-2", targetRef: null },
      { action: "move", claimRef: refs[4]!, targetRef: refs[3]! },
    ]);
    expect(result.groups).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(result.stale).toBe(1);
  });
});
