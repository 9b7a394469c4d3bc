import { existsSync, readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import type { AnalysisStep } from "@/lib/analysis/analyze-reports";
import { AppError } from "@/lib/errors";
import { JobRefused, runInWorker } from "./run-in-worker";

const upload = { fileName: "page.html", format: "html" as const, title: null, outletName: null, url: null, byline: null, publishedAt: null };
const REPORT = "The ferry Gull ran aground near Portvale on Monday, the coastguard said. Some 40 passengers were taken off.";

// Each test starts a worker (about 2 s idle, more on a busy machine: it compiles and loads the model).
describe("runInWorker", { timeout: 60_000 }, () => {
  it("returns the job's result, and passes a job's AppError back as it is", async () => {
    const analysis = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 512 });
    expect(analysis.claims.length).toBeGreaterThan(0);
    const nested = `<html><body>${"<div>".repeat(1000)}x${"</div>".repeat(1000)}</body></html>`;
    const error = await runInWorker({ kind: "prepare", upload: { ...upload, text: nested } }, { timeMs: 30_000, memoryMb: 512 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
  });

  it("stops a job that overruns its time, and the event loop keeps turning meanwhile", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `Councillor Ines Barra said ${i + 3} homes on road ${i} flooded on Tuesday.`).join(" ");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const started = performance.now();
    const error = await runInWorker(
      {
        kind: "analyze",
        reports: [
          { id: "r1", text },
          { id: "r2", text },
        ],
        alignmentEdits: [],
      },
      { timeMs: 200, memoryMb: 512 },
    ).catch((caught: unknown) => caught);
    clearInterval(timer);
    expect(error).toBeInstanceOf(JobRefused);
    expect((error as JobRefused).reason).toBe("time");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThan(2);
  });

  it("stops a job that outgrows its heap without harming this process", async () => {
    const error = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 8 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(JobRefused);
    expect((error as JobRefused).reason).toBe("memory");
    // The next job, with a sane budget, runs.
    const analysis = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 512 });
    expect(analysis.claims.length).toBeGreaterThan(0);
  });
});

describe("runInWorker for background work", { timeout: 60_000 }, () => {
  it("tells an analysis's steps as they happen, and runs it in a thread of lower priority", async () => {
    const steps: AnalysisStep[] = [];
    const reports = [
      { id: "r1", text: REPORT },
      { id: "r2", text: REPORT.replace("40", "41") },
    ];
    await runInWorker({ kind: "analyze", reports, alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 512, nice: 7 }, { onProgress: (step) => steps.push(step) });
    expect(steps.map((step) => `${step.stage} ${step.done}/${step.total}`)).toEqual(["parse 1/2", "parse 2/2", "extract 1/2", "extract 2/2", "align 2/2"]);
    // Linux keeps a nice value per thread: the analysis thread (idle now, kept warm) has its own.
    if (existsSync("/proc/self/task")) expect(threadNiceValues()).toContain(7);
    expect(getPriority()).toBe(0);
  });
});

describe("cancelling an analysis", { timeout: 60_000 }, () => {
  it("stops it at its next step, keeps the thread, and the next job runs", async () => {
    const text = Array.from({ length: 300 }, (_, i) => `Councillor Ines Barra said ${i + 3} homes on road ${i} flooded on Tuesday.`).join(" ");
    const reports = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, text: `${text} Report ${i}.` }));
    const stop = new AbortController();
    const steps: AnalysisStep[] = [];
    const error = await runInWorker(
      { kind: "analyze", reports, alignmentEdits: [] },
      { timeMs: 30_000, memoryMb: 512 },
      {
        signal: stop.signal,
        onProgress: (step) => {
          steps.push(step);
          stop.abort();
        },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobRefused);
    expect((error as JobRefused).reason).toBe("cancelled");
    // The thread saw the flag a step or two after the first: it did not read every report.
    expect(steps.length).toBeLessThan(reports.length);
    const analysis = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 512 });
    expect(analysis.claims.length).toBeGreaterThan(0);
  });
});

function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name in parentheses; the nice value is the 19th field of the line.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}
