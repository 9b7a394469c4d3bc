import { describe, expect, it } from "vitest";
import { progressOf, trackAnalysisProgress, type ProgressRow } from "./track-analysis-progress";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("progressOf", () => {
  it("counts a report half once parsed and whole once its claims are drafted", () => {
    expect(progressOf({ stage: "parse", done: 1, total: 12 })).toEqual({ stage: "analysing", reportsDone: 0 });
    expect(progressOf({ stage: "parse", done: 12, total: 12 })).toEqual({ stage: "analysing", reportsDone: 6 });
    expect(progressOf({ stage: "extract", done: 6, total: 12 })).toEqual({ stage: "analysing", reportsDone: 9 });
    expect(progressOf({ stage: "extract", done: 12, total: 12 })).toEqual({ stage: "analysing", reportsDone: 12 });
    expect(progressOf({ stage: "align", done: 12, total: 12 })).toEqual({ stage: "aligning", reportsDone: 12 });
  });
});

describe("trackAnalysisProgress", () => {
  it("writes the first step at once, then at most one write per interval with the latest step", async () => {
    const rows: ProgressRow[] = [];
    const tracker = trackAnalysisProgress(async (row) => void rows.push(row), 50);
    for (let done = 1; done <= 200; done++) tracker.onProgress({ stage: "parse", done, total: 200 });
    await sleep(10);
    expect(rows).toEqual([{ stage: "analysing", reportsDone: 100 }]);
    for (let done = 1; done <= 200; done++) tracker.onProgress({ stage: "extract", done, total: 200 });
    await sleep(80);
    expect(rows.at(-1)).toEqual({ stage: "analysing", reportsDone: 200 });
    expect(rows.length).toBe(2);
    await tracker.stop();
  });

  it("never writes twice at once, and writes nothing after stop", async () => {
    let running = 0;
    let most = 0;
    const rows: ProgressRow[] = [];
    const tracker = trackAnalysisProgress(async (row) => {
      most = Math.max(most, ++running);
      await sleep(30);
      rows.push(row);
      running--;
    }, 0);
    for (let done = 1; done <= 10; done++) {
      tracker.onProgress({ stage: "extract", done, total: 10 });
      await sleep(5);
    }
    await tracker.stop();
    const written = rows.length;
    tracker.onProgress({ stage: "align", done: 10, total: 10 });
    await sleep(20);
    expect(most).toBe(1);
    expect(rows.length).toBe(written);
    expect(rows.every((row) => row.stage === "analysing")).toBe(true);
  });

  it("survives a failing write", async () => {
    const tracker = trackAnalysisProgress(() => Promise.reject(new Error("database gone")), 0);
    tracker.onProgress({ stage: "parse", done: 1, total: 2 });
    await sleep(5);
    await expect(tracker.stop()).resolves.toBeUndefined();
  });
});
