import { describe, expect, it } from "vitest";
import { shorten } from "./to-grid-data";

describe("shorten", () => {
  it("leaves short claims alone", () => {
    expect(shorten({ id: "a", kind: "quantity", text: "12 dead", start: 0, end: 7, emphasis: [0, 2] })).toEqual({ id: "a", text: "12 dead", emphasis: [0, 2] });
  });

  it("keeps a window around the stressed words and moves the stress with it", () => {
    const text = `${"word ".repeat(60)}17 people died${" tail".repeat(40)}`;
    const at = text.indexOf("17 people");
    const short = shorten({ id: "b", kind: "quantity", text, start: 0, end: text.length, emphasis: [at, at + 9] });
    expect(short.text.startsWith("…")).toBe(true);
    expect(short.text.endsWith("…")).toBe(true);
    expect(short.text.slice(short.emphasis![0], short.emphasis![1])).toBe("17 people");
    expect(short.text.length).toBeLessThanOrEqual(182);
  });
});
