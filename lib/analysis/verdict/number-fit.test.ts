import { describe, expect, it } from "vitest";
import type { Quantity } from "../types";
import { figuresFit, precisionOf } from "./number-fit";

const q = (value: number, qualifier?: string, low = value, high = value): Quantity => ({ value, low, high, unit: "dead", ...(qualifier ? { qualifier } : {}) });

describe("figuresFit", () => {
  it("reads a lower bound as the figure it rounds", () => {
    expect(figuresFit(q(3, "at least", 3, 30), q(6), true)).toBe(false);
    expect(figuresFit(q(11000, "more than", 11000, 110000), q(11000), true)).toBe(true);
    expect(figuresFit(q(2000, "more than", 2000, 20000), q(2012), true)).toBe(true);
    expect(figuresFit(q(2100, "more than", 2100, 21000), q(2012), true)).toBe(false);
  });
  it("keeps the extraction's intervals when hedges are off", () => {
    expect(figuresFit(q(3, "at least", 3, 30), q(6), false)).toBe(true);
  });
  it("takes a rounded figure for the precise one, but not two precise figures", () => {
    expect(figuresFit(q(1270000), q(1272000), true)).toBe(true);
    expect(figuresFit(q(7), q(6.8), true)).toBe(false);
    expect(figuresFit(q(175), q(181), true)).toBe(false);
  });
  it("reads an upper bound and an approximation", () => {
    expect(figuresFit(q(200, "nearly", 180, 200), q(196), true)).toBe(true);
    expect(figuresFit(q(1000, "about", 900, 1100), q(1050), true)).toBe(true);
  });
  it("reads an approximation by the precision it is written to", () => {
    expect(figuresFit(q(1100000, "around", 990000, 1210000), q(1000000), true)).toBe(false);
    expect(figuresFit(q(3000, "around", 2700, 3300), q(3000, "nearly", 2700, 3000), true)).toBe(true);
    expect(figuresFit(q(3000, "around", 2700, 3300), q(2600), true)).toBe(true);
    expect(figuresFit(q(1100000, "around", 990000, 1210000), q(1000000), false)).toBe(true);
  });
  it("finds the precision a figure is written to", () => {
    expect([precisionOf(2000), precisionOf(2100), precisionOf(2012), precisionOf(6.8), precisionOf(1270000)]).toEqual([1000, 100, 1, 0.1, 10000]);
  });
});
