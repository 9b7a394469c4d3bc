import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReports } from "@/lib/reports/add-reports";
import { deleteReport } from "@/lib/reports/delete-report";
import { QUAYSIDE_EARLY, QUAYSIDE_LATER } from "@/lib/reports/__fixtures__/follow-pages";
import { listReportVersions } from "@/lib/reports/list-report-versions";
import { updateReport } from "@/lib/reports/update-report";
import { uploadReportVersion } from "@/lib/reports/upload-report-version";
import { contradictedStory, testEditor } from "@/lib/review/__fixtures__/test-story";
import { createStory } from "@/lib/stories/create-story";
import { editAlignment } from "@/lib/story-analysis/edit-alignment";
import { getAnalysisStatus, type AnalysisStatus } from "./get-analysis-status";
import { ANALYSIS_QUEUE, stopBoss } from "./queue";
import { runStoryAnalysis } from "./run-story-analysis";
import { settleStoryAnalysis } from "./settle-story-analysis";
import { longReport, waitFor } from "./__fixtures__/slow-analysis";

const editor: Actor = testEditor;

afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
});

/** The story's analysis as the edit left it: state row, waiting jobs, and the stored analysis's time. */
async function queuedState(storyId: string) {
  const [row, story, jobs] = await Promise.all([
    db.storyAnalysisJob.findUniqueOrThrow({ where: { storyId } }),
    db.story.findUniqueOrThrow({ where: { id: storyId }, select: { analyzedAt: true } }),
    db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${ANALYSIS_QUEUE} AND singleton_key = ${storyId} AND state = 'created'`,
  ]);
  return { state: row.state, waitingJobs: jobs[0]!.n, analyzedAt: story.analyzedAt };
}

/**
 * Long reports, enough of them that reading them takes the engine well over a second even on a
 * fast, quiet machine (six took a quarter of a second): progress is written every 0.4 s while it
 * reads, so a test sees counts in between and an edit made as it starts is noticed before it ends.
 */
const SLOW_REPORTS = 40;

async function addSlowReports(slug: string, count: number) {
  const reports = Array.from({ length: count }, (_, index) => ({
    text: longReport(`Orrin culverts, report ${index}`, index),
    outletName: `Orrin Post ${index}`,
  }));
  // At most 25 reports per upload.
  return [...(await addReports(editor, slug, { reports: reports.slice(0, 20) })), ...(await addReports(editor, slug, { reports: reports.slice(20) }))];
}

describe("edits queue the story's analysis instead of running it in the request", () => {
  it("a report's corrected details: stored and queued; the analysis reads them when it runs", async () => {
    const { slug, storyId, reportIds } = await contradictedStory();
    const before = await queuedState(storyId);
    await updateReport(editor, reportIds[0]!, { outletName: "Corra Evening Gazette" });
    const queued = await queuedState(storyId);
    expect(queued).toMatchObject({ state: "queued", waitingJobs: 1, analyzedAt: before.analyzedAt });
    expect(await settleStoryAnalysis(slug)).toBe("written");
    const after = await queuedState(storyId);
    expect(after.state).toBe("done");
    expect(after.analyzedAt!.getTime()).toBeGreaterThan(before.analyzedAt!.getTime());
  });

  it("a removed report: its claims and the rows left empty go at once, the rest is judged again by the queued analysis", async () => {
    const { slug, storyId, reportIds } = await contradictedStory();
    await deleteReport(editor, reportIds[1]!);
    expect(await queuedState(storyId)).toMatchObject({ state: "queued", waitingJobs: 1 });
    expect(await db.claim.count({ where: { reportId: reportIds[1]! } })).toBe(0);
    expect(await db.cluster.count({ where: { storyId, claims: { none: {} } } })).toBe(0);
    await settleStoryAnalysis(slug);
    const verdicts = await db.cluster.findMany({ where: { storyId }, select: { verdict: true } });
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((cluster) => cluster.verdict === "single")).toBe(true);
  });

  it("a new version: stored with the claims it replaces, and what it changed recorded once analysed", async () => {
    const story = await createStory(editor, { title: `Port Allery fire ${randomUUID().slice(0, 8)}` });
    const [report] = await addReports(editor, story.slug, { reports: [{ text: QUAYSIDE_EARLY.paragraphs.join("\n\n"), fileName: "star.txt" }] });
    await settleStoryAnalysis(story.slug);
    const claimsBefore = await db.claim.count({ where: { reportId: report!.id } });
    await uploadReportVersion(editor, report!.id, { text: QUAYSIDE_LATER.paragraphs.join("\n\n") });
    expect(await queuedState(story.id)).toMatchObject({ state: "queued", waitingJobs: 1 });
    const pending = await db.reportVersion.findFirstOrThrow({ where: { reportId: report!.id, number: 2 } });
    expect(pending.claimsBefore).toHaveLength(claimsBefore);
    expect(pending.updates).toEqual([]);
    await settleStoryAnalysis(story.slug);
    const [, second] = await listReportVersions(editor, report!.id);
    expect(second!.updates.map((update) => update.label).join(" ")).toMatch(/2 → 3/);
    expect((await db.reportVersion.findFirstOrThrow({ where: { reportId: report!.id, number: 2 } })).claimsBefore).toBeNull();
  });

  it("an alignment correction: recorded and queued; the split shows once the analysis replays it", async () => {
    const { slug, storyId, clusterId } = await contradictedStory();
    const claim = await db.claim.findFirstOrThrow({ where: { clusterId } });
    await editAlignment(editor, slug, { action: "split", claimId: claim.id });
    expect(await queuedState(storyId)).toMatchObject({ state: "queued", waitingJobs: 1 });
    expect(await db.claim.count({ where: { clusterId } })).toBeGreaterThan(1);
    await settleStoryAnalysis(slug);
    const now = await db.claim.findFirstOrThrow({
      where: { storyId, reportId: claim.reportId, start: claim.start, end: claim.end, kind: claim.kind },
      include: { cluster: { include: { claims: true } } },
    });
    expect(now.cluster!.claims).toHaveLength(1);
  });

  it("an edit made while the analysis runs stops it (its result would be stale), and the next run reads the edit", async () => {
    const story = await createStory(editor, { title: `Orrin culverts ${randomUUID().slice(0, 8)}` });
    const added = await addSlowReports(story.slug, SLOW_REPORTS);
    const run = runStoryAnalysis(story.id);
    await waitFor(
      () => db.storyAnalysisJob.findUniqueOrThrow({ where: { storyId: story.id } }),
      (row) => row.stage === "analysing",
    );
    await updateReport(editor, added[0]!.id, { outletName: "Orrin Evening Post" });
    expect((await run).outcome).toBe("stale");
    // Stopped while reading the reports (its next progress write found the story queued): it never got to writing.
    expect(await db.storyAnalysisJob.findUniqueOrThrow({ where: { storyId: story.id } })).toMatchObject({ state: "queued", stage: null });
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);
    expect(await settleStoryAnalysis(story.slug)).toBe("written");
    expect(await settleStoryAnalysis(story.slug)).toBe("unchanged");
  }, 90_000);
});

describe("progress of a running analysis", () => {
  it("reports how many of the story's reports it has read, in order, through to done", async () => {
    const story = await createStory(editor, { title: `Orrin culverts ${randomUUID().slice(0, 8)}` });
    const count = SLOW_REPORTS;
    await addSlowReports(story.slug, count);
    const seen: AnalysisStatus[] = [];
    let finished = false;
    const run = runStoryAnalysis(story.id).finally(() => (finished = true));
    while (!finished) {
      seen.push(await getAnalysisStatus(editor, story.slug));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await run).outcome).toBe("written");
    const analysing = seen.filter((status) => status.state === "running" && status.stage === "analysing");
    expect(analysing.length).toBeGreaterThan(0);
    expect(analysing.every((status) => status.reportCount === count && status.reportsDone <= count)).toBe(true);
    // Never backwards, in reports read or on the bar.
    const running = seen.filter((status) => status.state === "running");
    for (let i = 1; i < running.length; i++) {
      expect(running[i]!.progress).toBeGreaterThanOrEqual(running[i - 1]!.progress);
      if (running[i]!.stage === "analysing" && running[i - 1]!.stage === "analysing")
        expect(running[i]!.reportsDone).toBeGreaterThanOrEqual(running[i - 1]!.reportsDone);
    }
    // Reading this many long reports takes the engine several times the 0.4 s between writes: some count in between shows.
    expect(analysing.some((status) => status.reportsDone > 0 && status.reportsDone < count) || running.some((status) => status.stage === "aligning")).toBe(
      true,
    );
    expect(await getAnalysisStatus(editor, story.slug)).toMatchObject({ state: "done", progress: 1, reportCount: count, reportsDone: count });
  }, 90_000);
});
