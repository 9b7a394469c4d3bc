import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { sendStoryAnalysis } from "./enqueue-story-analysis";
import { ANALYSIS_QUEUE, getBoss } from "./queue";
import { recordAnalysisFailure, runStoryAnalysis } from "./run-story-analysis";

const jobDataSchemaCheck = (data: unknown): data is { storyId: string } =>
  typeof data === "object" &&
  data !== null &&
  typeof (data as { storyId?: unknown }).storyId === "string" &&
  /^[0-9a-f-]{36}$/i.test((data as { storyId: string }).storyId);

/**
 * Starts `count` analysis workers in this process, each taking one story's job at a time from
 * the queue in PostgreSQL (any number of processes on any machines may do the same). Returns a
 * function that stops them, letting running jobs finish.
 */
export async function startAnalysisWorkers(count: number, log: (line: string) => void = console.log): Promise<() => Promise<void>> {
  const boss = await getBoss();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = "";
    id = await boss.work(ANALYSIS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
      try {
        await handle(job!, log);
      } finally {
        // A worker that just finished a job asks for the next at once, not after its polling interval.
        if (id) boss.notifyWorker(id);
      }
    });
    ids.push(id);
  }
  return async () => {
    for (const id of ids) await boss.offWork({ id }).catch(() => {});
  };
}

async function handle(job: PgBoss.JobWithMetadata<unknown>, log: (line: string) => void): Promise<void> {
  if (!jobDataSchemaCheck(job.data)) return; // not ours to run; completing it drops it
  const { storyId } = job.data;
  const started = Date.now();
  try {
    const { outcome, inputHash } = await runStoryAnalysis(storyId, { jobId: job.id });
    // Inputs changed while it ran: the change queued its own job, unless it was an edit made in place.
    if (outcome === "stale") await sendStoryAnalysis(storyId);
    log(`analysis of story ${storyId}: ${outcome} in ${Date.now() - started} ms (try ${job.retryCount + 1}, inputs ${inputHash?.slice(0, 12) ?? "none"})`);
  } catch (error) {
    await recordAnalysisFailure(storyId, error, job.retryCount >= job.retryLimit).catch(() => {});
    throw error;
  }
}

/**
 * Queues stories whose analysis is missing, was made by another engine, or was left queued or
 * running (a worker killed before its job was sent): run at start, in the background.
 */
export async function queueStaleAnalyses(version: string): Promise<number> {
  const stories = await db.story.findMany({
    where: {
      OR: [{ analysisVersion: null }, { analysisVersion: { not: version } }, { analysisJob: { state: { in: ["queued", "running"] } } }],
      reports: { some: {} },
    },
    select: { id: true },
  });
  for (const story of stories) {
    await db.storyAnalysisJob.upsert({
      where: { storyId: story.id },
      create: { storyId: story.id, state: "queued", stage: "re-analysis" },
      update: { state: "queued", stage: "re-analysis", error: null },
    });
    await sendStoryAnalysis(story.id);
  }
  return stories.length;
}
