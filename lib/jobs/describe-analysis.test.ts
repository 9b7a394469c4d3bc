import { describe, expect, it } from "vitest";
import { describeAnalysis } from "./describe-analysis";

const base = { state: "running" as const, stage: "analysing", reportCount: 12, reportsDone: 3, attempts: 1, maxAttempts: 3 };

describe("describeAnalysis", () => {
  it("says how many reports a running analysis has read", () => {
    expect(describeAnalysis(base)).toBe("Analysing 3 of 12 reports");
    expect(describeAnalysis({ ...base, stage: "aligning" })).toBe("Analysing: lining up the claims of 12 reports");
    expect(describeAnalysis({ ...base, stage: "writing", reportCount: 1 })).toBe("Analysing: saving the claims of 1 report");
  });

  it("names a retry, a re-analysis, a failure and the end", () => {
    expect(describeAnalysis({ ...base, state: "queued", stage: null })).toBe("Analysis queued (try 2 of 3)");
    expect(describeAnalysis({ ...base, state: "queued", stage: "re-analysis", attempts: 0 })).toBe("Being re-analysed with the current engine: queued");
    expect(describeAnalysis({ ...base, state: "failed" })).toBe("The analysis failed");
    expect(describeAnalysis({ ...base, state: "done" })).toBe("Analysis done: 12 reports");
  });
});
