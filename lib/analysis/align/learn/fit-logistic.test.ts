import { describe, expect, it } from "vitest";
import { fitLogistic, type Sample } from "./fit-logistic";

describe("fitLogistic", () => {
  const samples: Sample[] = [];
  for (let i = 0; i < 40; i++) samples.push({ x: [i / 40, 0.5], y: i >= 20 ? 1 : 0 });

  it("learns a positive weight for a feature that separates the classes", () => {
    const m = fitLogistic(samples, 2);
    expect(m.weights[0]!).toBeGreaterThan(1);
    expect(Math.abs(m.weights[1]!)).toBeLessThan(Math.abs(m.weights[0]!));
    expect(m.threshold).toBeGreaterThanOrEqual(0.2);
    expect(m.threshold).toBeLessThanOrEqual(0.9);
  });
  it("is deterministic", () => {
    expect(fitLogistic(samples, 2)).toEqual(fitLogistic(samples, 2));
  });
  it("returns a neutral model when one class is missing", () => {
    expect(
      fitLogistic(
        samples.filter((s) => s.y === 0),
        2,
      ),
    ).toEqual({ weights: [0, 0], bias: 0, threshold: 0.5 });
  });
});
