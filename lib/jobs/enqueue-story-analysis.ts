import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ANALYSIS_QUEUE, ANALYSIS_TRIES, getBoss, leaseSeconds } from "./queue";

/** An upload's transaction writes rows only (a bulk import may write hundreds); Prisma's default is 5 s. */
export const UPLOAD_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

/**
 * Marks a story's analysis as queued, in the transaction that changed its reports. The row lock
 * this takes orders it with a worker's write: either the worker sees the change and discards its
 * result, or it writes first and this marks the story queued again after it.
 */
export async function markAnalysisQueued(tx: Prisma.TransactionClient, storyId: string): Promise<void> {
  const queued = { state: "queued", stage: null, error: null, attempts: 0, queuedAt: new Date(), startedAt: null, finishedAt: null };
  await tx.storyAnalysisJob.upsert({ where: { storyId }, create: { storyId, ...queued }, update: queued });
}

/**
 * Queues the analysis of a story once its change is committed, and returns the job's id. A story
 * with a job already waiting gets that job (pg-boss's "stately" policy keeps one waiting and one
 * running per story), which will read the latest reports when it runs: a burst coalesces.
 */
export async function sendStoryAnalysis(storyId: string): Promise<string> {
  const boss = await getBoss();
  const sent = await boss.send(
    ANALYSIS_QUEUE,
    { storyId },
    { singletonKey: storyId, retryLimit: ANALYSIS_TRIES - 1, retryDelay: 1, expireInSeconds: leaseSeconds() },
  );
  const jobId = sent ?? (await findWaitingJob(storyId));
  if (jobId) await db.storyAnalysisJob.updateMany({ where: { storyId, state: { in: ["queued", "running"] } }, data: { jobId } });
  return jobId ?? "";
}

async function findWaitingJob(storyId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM pgboss.job WHERE name = ${ANALYSIS_QUEUE} AND singleton_key = ${storyId} AND state IN ('created', 'retry', 'active')
    ORDER BY state ASC LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** Marks a story queued and queues its analysis: for changes made outside an upload's transaction. */
export async function queueStoryAnalysis(storyId: string): Promise<string> {
  await db.$transaction((tx) => markAnalysisQueued(tx, storyId));
  return sendStoryAnalysis(storyId);
}
