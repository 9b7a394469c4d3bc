import { describe, expect, it } from "vitest";
import { carryAnchor, readEarlierAnchor, relocateSpan } from "./report-versions-anchors";

const ID = "0b6f3a52-1c1e-4c55-9d8e-3f0f6a1b2c3d";
const before = "Two people died in the fire. The mayor said the port would stay closed.";
const after = "Updated at 11:02. Three people died in the fire. The mayor said the port would stay closed.";

describe("relocateSpan", () => {
  it("finds words that moved", () => {
    const start = before.indexOf("The mayor");
    const span = relocateSpan(before, after, start, before.length);
    expect(span).toEqual([after.indexOf("The mayor"), after.length]);
  });
  it("answers null for words that changed", () => {
    expect(relocateSpan(before, after, 0, before.indexOf("."))).toBeNull();
  });
  it("picks the nearest of repeated words", () => {
    const text = "fire. fire. fire.";
    expect(relocateSpan(text, `xx${text}`, 12, 16)).toEqual([14, 18]);
  });
});

describe("carryAnchor", () => {
  const start = before.indexOf("The mayor");
  it("moves an anchor whose words are still there, keeping its kind", () => {
    expect(carryAnchor(`${ID}:${start}-${before.length}:statement`, ID, before, after, 1)).toBe(
      `${ID}:${after.indexOf("The mayor")}-${after.length}:statement`,
    );
  });
  it("marks an anchor whose words are gone with its version", () => {
    const ref = `${ID}:0-${before.indexOf(".")}:event`;
    const carried = carryAnchor(ref, ID, before, after, 3);
    expect(readEarlierAnchor(carried)).toEqual({ version: 3, ref });
  });
  it("leaves other reports' anchors and other subjects alone", () => {
    const other = "11111111-2222-3333-4444-555555555555:0-5:event";
    expect(carryAnchor(other, ID, before, after, 1)).toBe(other);
    expect(carryAnchor(`report:${ID}`, ID, before, after, 1)).toBe(`report:${ID}`);
  });
});
