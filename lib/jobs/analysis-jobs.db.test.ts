import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReports } from "@/lib/reports/add-reports";
import { createStory } from "@/lib/stories/create-story";
import { markAnalysisQueued } from "./enqueue-story-analysis";
import { getAnalysisStatus } from "./get-analysis-status";
import { ANALYSIS_QUEUE, stopBoss } from "./queue";
import { runStoryAnalysis } from "./run-story-analysis";
import { longReport, waitFor } from "./__fixtures__/slow-analysis";
import { queueStaleAnalyses, startAnalysisWorkers } from "./start-analysis-workers";

// A short lease and frequent upkeep, so a killed worker's job comes back within seconds.
process.env.JOB_LEASE_SECONDS = "4";
process.env.JOB_MAINTENANCE_SECONDS = "1";
const journalist: Actor = { id: "t-journalist", name: "Test journalist", role: "journalist" };
const REPORTS = [
  "Floodwater closed the Tarrow bridge on Monday, the county council said, and 40 homes were evacuated.",
  "The Tarrow bridge was shut on Monday after the river rose two metres, police said.",
  "About 40 households left their homes near Tarrow on Monday, a council spokesperson said.",
  "Engineer Lia Moss said the Tarrow bridge would stay closed for at least a week.",
  "Volunteers filled 3,000 sandbags in Tarrow on Monday night, organisers said.",
];

afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
});

const jobsOf = (storyId: string) =>
  db.$queryRaw<
    { state: string; retry_count: number }[]
  >`SELECT state::text, retry_count FROM pgboss.job WHERE name = ${ANALYSIS_QUEUE} AND singleton_key = ${storyId}`;

describe("story analysis jobs", () => {
  it("coalesces a burst of uploads into one waiting job, which analyses every report", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    const added = await Promise.all(REPORTS.map((text, index) => addReports(journalist, story.slug, { reports: [{ text, fileName: `r${index}.txt` }] })));
    expect(added.flat()).toHaveLength(REPORTS.length);
    expect((await jobsOf(story.id)).filter((job) => job.state === "created")).toHaveLength(1);
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
    expect((await getAnalysisStatus(journalist, story.slug)).state).toBe("queued");

    const stop = await startAnalysisWorkers(1, () => {});
    try {
      const status = await waitFor(
        () => getAnalysisStatus(journalist, story.slug),
        (value) => value.state === "done",
      );
      expect(status).toMatchObject({ state: "done", progress: 1, reportCount: REPORTS.length });
    } finally {
      await stop();
    }
    const reports = await db.report.findMany({ where: { storyId: story.id }, select: { _count: { select: { claims: true } } } });
    for (const report of reports) expect(report._count.claims).toBeGreaterThan(0);
    expect((await jobsOf(story.id)).filter((job) => job.state === "completed")).toHaveLength(1);
  }, 90_000);

  it("discards a result whose inputs changed while it ran, and writes the next one", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    await addReports(journalist, story.slug, { reports: REPORTS.slice(0, 2).map((text, index) => ({ text: longReport(text, index) })) });
    const run = runStoryAnalysis(story.id).then((result) => result.outcome);
    await waitFor(
      () => db.storyAnalysisJob.findUnique({ where: { storyId: story.id } }),
      (row) => row?.stage === "analysing",
    );
    // A report arrives as an upload stores it, while the analysis of the first two runs.
    await db.$transaction(async (tx) => {
      const text = REPORTS[2]!;
      await tx.report.create({
        data: { storyId: story.id, format: "text", rawText: text, cleanText: text, articleText: text, charCount: text.length, contentHash: randomUUID() },
      });
      await markAnalysisQueued(tx, story.id);
    });
    expect(await run).toBe("stale");
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).analyzedAt).toBeNull();

    expect((await runStoryAnalysis(story.id)).outcome).toBe("written");
    expect(new Set((await db.claim.findMany({ where: { storyId: story.id }, select: { reportId: true } })).map((claim) => claim.reportId)).size).toBe(3);
    // The same inputs again: nothing to do, whatever asked for it.
    expect((await runStoryAnalysis(story.id)).outcome).toBe("unchanged");
  }, 90_000);

  it("retries the job of a worker killed mid-analysis once its lease expires, with nothing half-written", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    // A lease longer than the analysis of these reports, so the retry's own run is not taken for lost.
    process.env.JOB_LEASE_SECONDS = "12";
    await addReports(journalist, story.slug, { reports: REPORTS.map((text, index) => ({ text: longReport(text, index) })) }).finally(() => {
      process.env.JOB_LEASE_SECONDS = "4";
    });
    const worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
      env: { ...process.env, WORKERS: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      const running = await waitFor(
        () => db.storyAnalysisJob.findUnique({ where: { storyId: story.id } }),
        (row) => row?.stage === "analysing" || row?.state === "done",
      );
      expect(running).toMatchObject({ state: "running", stage: "analysing" });
      worker.kill("SIGKILL");
      await new Promise((resolve) => worker.once("exit", resolve));
    } finally {
      if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
    }
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
    expect((await jobsOf(story.id)).map((job) => job.state)).toEqual(["active"]);

    const stop = await startAnalysisWorkers(1, () => {});
    try {
      const status = await waitFor(
        () => getAnalysisStatus(journalist, story.slug),
        (value) => value.state === "done",
        90_000,
      );
      expect(status.state).toBe("done");
      expect(status.attempts).toBe(2);
    } finally {
      await stop();
    }
    // The story is done when the result is committed; the queue hears of it a moment later.
    const jobs = await waitFor(
      () => jobsOf(story.id),
      (rows) => rows.every((job) => job.state !== "active"),
      10_000,
    );
    expect(jobs).toEqual([{ state: "completed", retry_count: 1 }]);
    expect(await db.claim.count({ where: { storyId: story.id } })).toBeGreaterThan(0);
  }, 120_000);
});

describe("story analysis jobs: failures and engine upgrades", () => {
  it("marks the story failed, with the error, after three failed tries, and keeps its reports", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    // A lease long enough for a try to fail by itself.
    process.env.JOB_LEASE_SECONDS = "60";
    await addReports(journalist, story.slug, { reports: REPORTS.slice(0, 2).map((text) => ({ text })) });
    process.env.JOB_LEASE_SECONDS = "4";
    // Only this story's job waits: jobs other tests left queued would fail too and take the worker's time.
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name = ${ANALYSIS_QUEUE} AND singleton_key <> ${story.id} AND state < 'completed'`;
    // No analysis finishes within 1 ms: every try is stopped. (A thread starved of memory failed the same
    // way, but V8 now and then ended the whole test process on that out-of-memory instead of the thread.)
    process.env.ANALYSIS_TIME_LIMIT_MS = "1";
    const stop = await startAnalysisWorkers(1, () => {});
    try {
      const status = await waitFor(
        () => getAnalysisStatus(journalist, story.slug),
        (value) => value.state === "failed",
        140_000,
      );
      expect(status).toMatchObject({ state: "failed", attempts: 3, maxAttempts: 3 });
      expect(status.error).toMatch(/too large to analyse/);
    } finally {
      await stop();
      delete process.env.ANALYSIS_TIME_LIMIT_MS;
    }
    expect((await jobsOf(story.id)).map((job) => job.state)).toEqual(["failed"]);
    expect(await db.report.count({ where: { storyId: story.id, analysisSkipped: null } })).toBe(2);
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
  }, 150_000);

  it("queues the re-analysis of stories another engine made, and runs it once", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    await addReports(journalist, story.slug, { reports: [{ text: REPORTS[0]! }] });
    process.env.ANALYSIS_VERSION = "engine-a";
    expect((await runStoryAnalysis(story.id)).outcome).toBe("written");
    process.env.ANALYSIS_VERSION = "engine-b";
    try {
      expect(await queueStaleAnalyses("engine-b")).toBeGreaterThanOrEqual(1);
      expect((await getAnalysisStatus(journalist, story.slug)).stage).toBe("re-analysis");
      expect((await runStoryAnalysis(story.id)).outcome).toBe("written");
      expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).analysisVersion).toBe("engine-b");
      expect((await runStoryAnalysis(story.id)).outcome).toBe("unchanged");
    } finally {
      delete process.env.ANALYSIS_VERSION;
    }
  });

  it("tries again, with a new engine, the reports an older one could not analyse", async () => {
    const story = await createStory(journalist, { title: `Tarrow flood ${randomUUID().slice(0, 8)}` });
    const [added] = await addReports(journalist, story.slug, { reports: [{ text: REPORTS[3]! }] });
    process.env.ANALYSIS_VERSION = "engine-c";
    try {
      expect((await runStoryAnalysis(story.id)).outcome).toBe("written");
      // As if engine-c had failed on it.
      await db.report.update({ where: { id: added!.id }, data: { analysisSkipped: "the analysis failed on it" } });
      await db.claim.deleteMany({ where: { reportId: added!.id } });
      process.env.ANALYSIS_VERSION = "engine-d";
      expect((await runStoryAnalysis(story.id)).outcome).toBe("written");
      expect((await db.report.findUniqueOrThrow({ where: { id: added!.id } })).analysisSkipped).toBeNull();
      expect(await db.claim.count({ where: { reportId: added!.id } })).toBeGreaterThan(0);
    } finally {
      delete process.env.ANALYSIS_VERSION;
    }
  });
});
