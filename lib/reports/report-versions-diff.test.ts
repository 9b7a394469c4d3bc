import { describe, expect, it } from "vitest";
import { diffVersions } from "./report-versions-diff";

const changedWords = (segments: { op: string; text: string }[], op: string) => segments.filter((s) => s.op === op).map((s) => s.text);

describe("diffVersions", () => {
  it("keeps unchanged paragraphs whole and marks the words that changed in the others", () => {
    const a = "Fire on the quay\n\nAt least two people died.\n\nThe port is closed.";
    const b = "Fire on the quay\n\nThree people died.\n\nThe port is closed.\n\nAn inquiry was opened.";
    const blocks = diffVersions(a, b);
    expect(blocks.map((block) => block.op)).toEqual(["same", "changed", "same", "changed"]);
    const changed = blocks[1]!;
    if (changed.op !== "changed") throw new Error("expected a change");
    expect(changedWords(changed.a, "removed")).toEqual(["At least two"]);
    expect(changedWords(changed.b, "added")).toEqual(["Three"]);
    const added = blocks[3]!;
    if (added.op !== "changed") throw new Error("expected an addition");
    expect(added.a).toEqual([]);
    expect(changedWords(added.b, "added")).toEqual(["An inquiry was opened."]);
  });
  it("answers only same blocks for identical texts", () => {
    expect(diffVersions("one\ntwo", "one\ntwo")).toEqual([
      { op: "same", text: "one" },
      { op: "same", text: "two" },
    ]);
  });
});
