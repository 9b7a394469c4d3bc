import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ANALYSIS_QUEUE, ANALYSIS_TRIES } from "./queue";

export type AnalysisState = "none" | "queued" | "running" | "done" | "failed";

export type AnalysisStatus = {
  state: AnalysisState;
  /** reading | analysing | writing while running; "re-analysis" while queued after an engine upgrade. */
  stage: string | null;
  reportCount: number;
  /** 0 to 1: how far the current run has come, by stage (the engine runs a story in one go). */
  progress: number;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  jobId: string | null;
  analyzedAt: string | null;
  poll: string;
};

const STAGE_PROGRESS: Record<string, number> = { reading: 0.1, analysing: 0.3, writing: 0.9 };

/** A story's analysis as the story page and the API show it. */
export async function getAnalysisStatus(actor: Actor | null, slug: string): Promise<AnalysisStatus> {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({
    where: { slug },
    select: { id: true, analyzedAt: true, analysisJob: true, _count: { select: { reports: true } } },
  });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  const row = story.analysisJob;
  let state = (row?.state ?? (story.analyzedAt ? "done" : "none")) as AnalysisState;
  let error = row?.error ?? null;
  // A job whose last worker was killed fails by lease expiry, without our handler: ask the queue.
  if (row?.jobId && (state === "queued" || state === "running")) {
    const lost = await readFailedJob(row.jobId);
    if (lost) {
      state = "failed";
      error = lost;
    }
  }
  return describeStatus(slug, state, error, row, story);
}

type JobRow = { stage: string | null; reportCount: number; attempts: number; jobId: string | null } | null;

/** What the page and the API show of a job in a given state. */
function describeStatus(slug: string, state: AnalysisState, error: string | null, row: JobRow, story: { analyzedAt: Date | null; _count: { reports: number } }): AnalysisStatus {
  const active = state === "queued" || state === "running";
  return {
    state,
    stage: active ? (row?.stage ?? null) : null,
    reportCount: row && state !== "none" && row.reportCount > 0 ? row.reportCount : story._count.reports,
    progress: state === "done" ? 1 : state === "running" ? (STAGE_PROGRESS[row?.stage ?? ""] ?? 0.05) : 0,
    attempts: row?.attempts ?? 0,
    maxAttempts: ANALYSIS_TRIES,
    error: state === "failed" || state === "queued" ? error : null,
    jobId: row?.jobId ?? null,
    analyzedAt: story.analyzedAt?.toISOString() ?? null,
    poll: `/api/stories/${encodeURIComponent(slug)}/analysis`,
  };
}

async function readFailedJob(jobId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) return null;
  const rows = await db.$queryRaw<{ message: string | null }[]>`
    SELECT output->>'message' AS message FROM pgboss.job WHERE name = ${ANALYSIS_QUEUE} AND id = ${jobId}::uuid AND state = 'failed'
    UNION ALL
    SELECT output->>'message' FROM pgboss.archive WHERE name = ${ANALYSIS_QUEUE} AND id = ${jobId}::uuid AND state = 'failed'
    LIMIT 1`.catch(() => []);
  return rows.length ? (rows[0]!.message ?? "the analysis failed") : null;
}
