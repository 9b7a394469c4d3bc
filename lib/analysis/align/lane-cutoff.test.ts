import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "../analyze-reports";
import { belowCutoff, laneCutoff } from "./lane-cutoff";
import { FEATURE_INDEX, FEATURE_NAMES } from "./pair-features";
import { predictPair, shippedModel, type LaneModel } from "./pair-model";

const W = FEATURE_INDEX.wordnetWords;
const C = FEATURE_INDEX.wordnetContained;

describe("laneCutoff", () => {
  const model = shippedModel()!;

  it("never settles a pair below the bar that its WordNet features, within their bounds, would lift over it", () => {
    const lane = model.lanes.text;
    const cut = laneCutoff(lane)!;
    expect(cut).not.toBeNull();
    const feature = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(feature, { minLength: FEATURE_NAMES.length, maxLength: FEATURE_NAMES.length }),
        feature,
        feature,
        feature,
        feature,
        (fs, mostW, mostC, shareW, shareC) => {
          const without = Float64Array.from(fs);
          without[W] = 0;
          without[C] = 0;
          if (!belowCutoff(cut, without, mostW, mostC)) return;
          // any actual values up to the bounds
          const full = Float64Array.from(without);
          full[W] = mostW * shareW;
          full[C] = mostC * shareC;
          expect(predictPair(lane, full)).toBeLessThan(lane.threshold);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("takes no bound for a lane whose WordNet weights are negative, or whose bar is 0, and bounds below the verdicts' bar too", () => {
    const base: LaneModel = { weights: FEATURE_NAMES.map(() => 0.5), bias: -1, threshold: 0.5 };
    expect(laneCutoff(base)).not.toBeNull();
    expect(laneCutoff({ ...base, weights: base.weights.map((w, i) => (i === C ? -0.1 : w)) })).toBeNull();
    expect(laneCutoff({ ...base, threshold: 0 })).toBeNull();
    // a lane bar above the verdicts' own (a score of 0.8 makes two claims close enough to compare their days) bounds at theirs
    expect(laneCutoff({ ...base, threshold: 0.95 })!.minLogit).toBeCloseTo(Math.log(0.8 / 0.2));
  });

  it("leaves the analysis of a story exactly as scoring every pair in full does", () => {
    const dir = path.resolve("prisma/demo/reports");
    const reports = fs.readdirSync(dir).map((f) => ({ id: f, file: f, text: fs.readFileSync(path.join(dir, f), "utf8") }));
    let scored = 0;
    // (a caller that watches every score turns the cutoff off)
    const exact = analyzeReports(reports, { onScore: () => scored++ });
    const cut = analyzeReports(reports);
    expect(scored).toBeGreaterThan(100);
    expect(cut).toEqual(exact);
  });
});
