import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

describe("segmentText", () => {
  const text = "Rescuers found 12 survivors.\n\nThe mayor thanked them.";

  it("splits paragraphs and keeps plain text unmarked", () => {
    const paragraphs = segmentText(text, []);
    expect(paragraphs.map((p) => p.map((s) => s.text).join(""))).toEqual(["Rescuers found 12 survivors.", "The mayor thanked them."]);
    expect(paragraphs.flat().every((s) => s.markIds.length === 0)).toBe(true);
  });

  it("gives overlapping marks shared and separate segments", () => {
    const paragraphs = segmentText(text, [
      { id: "event", start: 0, end: 28 },
      { id: "number", start: 15, end: 27 },
    ]);
    expect(paragraphs[0]!.map((s) => [s.text, s.markIds])).toEqual([
      ["Rescuers found ", ["event"]],
      ["12 survivors", ["event", "number"]],
      [".", ["event"]],
    ]);
  });

  it("ignores marks outside the text", () => {
    expect(segmentText("short", [{ id: "x", start: 3, end: 99 }])[0]).toEqual([{ start: 0, end: 5, text: "short", markIds: [] }]);
  });
});
