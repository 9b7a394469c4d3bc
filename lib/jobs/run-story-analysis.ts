import "server-only";
import { db } from "@/lib/db";
import { recordPendingClaimUpdates } from "@/lib/reports/report-versions";
import { computeStoryAnalysis, isCancelled, type ComputedAnalysis } from "@/lib/story-analysis/compute-story-analysis";
import { lockStoryAnalysis } from "@/lib/story-analysis/lock-story-analysis";
import { readAnalysisInputs, type AnalysisInputs } from "@/lib/story-analysis/read-analysis-inputs";
import { STORE_TRANSACTION, storeStoryAnalysis } from "@/lib/story-analysis/store-story-analysis";
import { trackAnalysisProgress } from "./track-analysis-progress";

/** What a run did: wrote an analysis, found the stored one already made from these inputs, or discarded a result whose inputs changed meanwhile. */
export type AnalysisOutcome = "written" | "unchanged" | "stale";

/**
 * Analyses a story's current reports outside any transaction (it may take a while), then stores
 * the result in one transaction only if the story's inputs are still those it read. A worker
 * killed at any point leaves the stored analysis as it was.
 */
export async function runStoryAnalysis(storyId: string, job: { jobId?: string } = {}): Promise<{ outcome: AnalysisOutcome; inputHash: string | null }> {
  const state = await setStage(storyId, "reading", {
    state: "running",
    reportsDone: 0,
    startedAt: new Date(),
    attempts: { increment: 1 },
    ...(job.jobId ? { jobId: job.jobId } : {}),
  });
  if (!state) return { outcome: "unchanged", inputHash: null }; // the story was deleted
  const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { analysisVersion: true } });
  const sameEngine = story.analysisVersion === (process.env.ANALYSIS_VERSION ?? null);
  // A new engine may read what the old one failed on: those reports are tried again (and marked
  // again if they still fail alone).
  if (!sameEngine) await db.report.updateMany({ where: { storyId, analysisSkipped: { not: null } }, data: { analysisSkipped: null } });
  const inputs = await readAnalysisInputs(db, storyId);
  if (sameEngine && state.inputHash === inputs.hash) {
    await finish(storyId, inputs.hash);
    return { outcome: "unchanged", inputHash: inputs.hash };
  }
  await setStage(storyId, "analysing", { reportCount: inputs.reports.length });
  const newReportIds = await listUnanalysedReports(storyId);
  const computed = await computeWatched(storyId, inputs, newReportIds);
  // Cancelled: an upload or an edit changed the story meanwhile and queued it again.
  if (!computed) return { outcome: "stale", inputHash: inputs.hash };
  await setStage(storyId, "writing");
  const outcome = await db.$transaction(async (tx): Promise<AnalysisOutcome> => {
    // The analysis lock, then the state row (the order edits made in place take too): an upload
    // marking the story queued holds the row until its reports are committed.
    await lockStoryAnalysis(tx, storyId);
    await tx.$queryRaw`SELECT 1 FROM "StoryAnalysisJob" WHERE "storyId" = ${storyId}::uuid FOR UPDATE`;
    const now = await readAnalysisInputs(tx, storyId);
    if (now.hash !== inputs.hash) return "stale";
    await storeStoryAnalysis(tx, storyId, computed, inputs);
    // New versions of reports now have their claims: record which ones each changed.
    await recordPendingClaimUpdates(tx, storyId);
    return "written";
  }, STORE_TRANSACTION);
  return { outcome, inputHash: inputs.hash };
}

/**
 * Runs the engine with its progress written to the story's state row ("analysing 3 of 12
 * reports", a few times a second at most). A write that finds the row no longer running means an
 * upload or an edit marked the story queued: this run's result would be discarded, so the engine
 * is stopped at its next step and this returns null.
 */
async function computeWatched(storyId: string, inputs: AnalysisInputs, newReportIds: string[]): Promise<ComputedAnalysis | null> {
  const stop = new AbortController();
  const progress = trackAnalysisProgress(async (row) => {
    const { count } = await db.storyAnalysisJob.updateMany({ where: { storyId, state: "running" }, data: row });
    if (count === 0) stop.abort();
  });
  try {
    return await computeStoryAnalysis(inputs, newReportIds, { onProgress: progress.onProgress, signal: stop.signal });
  } catch (error) {
    if (isCancelled(error)) return null;
    throw error;
  } finally {
    await progress.stop();
  }
}

async function setStage(storyId: string, stage: string, data: Record<string, unknown> = {}) {
  const updated = await db.storyAnalysisJob.updateManyAndReturn({ where: { storyId }, data: { stage, ...data }, select: { inputHash: true } });
  if (updated.length) return updated[0]!;
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) return null;
  return db.storyAnalysisJob.upsert({
    where: { storyId },
    create: { storyId, state: "running", stage, startedAt: new Date(), attempts: 1 },
    update: { stage },
    select: { inputHash: true },
  });
}

async function finish(storyId: string, inputHash: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.storyAnalysisJob.update({ where: { storyId }, data: { state: "done", stage: null, error: null, inputHash, finishedAt: new Date() } });
    // A new version whose text analyses as the old one did (an HTML page whose furniture changed).
    await recordPendingClaimUpdates(tx, storyId);
  });
}

/**
 * Reports without claims (new, or left out by an older engine): the ones tried alone when the
 * whole story fails. Read from the claims, not from times, so a retried job finds the same ones.
 */
async function listUnanalysedReports(storyId: string): Promise<string[]> {
  const rows = await db.report.findMany({ where: { storyId, analysisSkipped: null, claims: { none: {} } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Records a failed try: the story shows the error, and "failed" once no try is left. */
export async function recordAnalysisFailure(storyId: string, error: unknown, final: boolean): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await db.storyAnalysisJob.updateMany({
    where: { storyId },
    data: { state: final ? "failed" : "queued", stage: null, error: message.slice(0, 2_000), finishedAt: final ? new Date() : null },
  });
}
