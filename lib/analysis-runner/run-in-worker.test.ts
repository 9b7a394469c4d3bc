import { describe, expect, it } from "vitest";
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
    const error = await runInWorker({ kind: "prepare", upload: { ...upload, text: nested } }, { timeMs: 30_000, memoryMb: 512 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
  });

  it("stops a job that overruns its time, and the event loop keeps turning meanwhile", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `Councillor Ines Barra said ${i + 3} homes on road ${i} flooded on Tuesday.`).join(" ");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const started = performance.now();
    const error = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text }, { id: "r2", text }], alignmentEdits: [] }, { timeMs: 200, memoryMb: 512 }).catch((caught: unknown) => caught);
    clearInterval(timer);
    expect(error).toBeInstanceOf(JobRefused);
    expect((error as JobRefused).reason).toBe("time");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThan(2);
  });

  it("stops a job that outgrows its heap without harming this process", async () => {
    const error = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 8 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobRefused);
    expect((error as JobRefused).reason).toBe("memory");
    // The next job, with a sane budget, runs.
    const analysis = await runInWorker({ kind: "analyze", reports: [{ id: "r1", text: REPORT }], alignmentEdits: [] }, { timeMs: 30_000, memoryMb: 512 });
    expect(analysis.claims.length).toBeGreaterThan(0);
  });
});
