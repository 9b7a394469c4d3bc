import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ANALYSIS_QUEUE, ANALYSIS_TRIES } from "./queue";

export type AnalysisState = "none" | "queued" | "running" | "done" | "failed";

export type AnalysisStatus = {
  state: AnalysisState;
  /** reading | analysing | aligning | writing while running; "re-analysis" while queued after an engine upgrade. */
  stage: string | null;
  reportCount: number;
  /** while analysing: the reports read so far, of reportCount ("analysing 3 of 12 reports") */
  reportsDone: number;
  /** 0 to 1: how far the current run has come, by stage and, while analysing, by reports read. */
  progress: number;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  jobId: string | null;
  analyzedAt: string | null;
  poll: string;
};

// Where each stage starts on the bar. Reading the reports takes about the first two thirds of the
// engine's time, aligning their claims the rest; storing the result comes last.
const STAGE_PROGRESS: Record<string, number> = { reading: 0.02, analysing: 0.05, aligning: 0.7, writing: 0.9 };
const ANALYSING_SPAN = STAGE_PROGRESS.aligning! - STAGE_PROGRESS.analysing!;

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

type JobRow = { stage: string | null; reportCount: number; reportsDone: number; attempts: number; jobId: string | null } | null;

/** What the page and the API show of a job in a given state. */
function describeStatus(
  slug: string,
  state: AnalysisState,
  error: string | null,
  row: JobRow,
  story: { analyzedAt: Date | null; _count: { reports: number } },
): AnalysisStatus {
  const active = state === "queued" || state === "running";
  const reportCount = row && state !== "none" && row.reportCount > 0 ? row.reportCount : story._count.reports;
  const reportsDone = state === "done" ? reportCount : state === "running" ? Math.min(row?.reportsDone ?? 0, reportCount) : 0;
  return {
    state,
    stage: active ? (row?.stage ?? null) : null,
    reportCount,
    reportsDone,
    progress: state === "done" ? 1 : state === "running" ? runningProgress(row?.stage ?? null, reportsDone, reportCount) : 0,
    attempts: row?.attempts ?? 0,
    maxAttempts: ANALYSIS_TRIES,
    error: state === "failed" || state === "queued" ? error : null,
    jobId: row?.jobId ?? null,
    analyzedAt: story.analyzedAt?.toISOString() ?? null,
    poll: `/api/stories/${encodeURIComponent(slug)}/analysis`,
  };
}

function runningProgress(stage: string | null, reportsDone: number, reportCount: number): number {
  const start = STAGE_PROGRESS[stage ?? ""] ?? STAGE_PROGRESS.reading!;
  if (stage !== "analysing" || reportCount === 0) return start;
  return Math.round((start + (ANALYSING_SPAN * reportsDone) / reportCount) * 1000) / 1000;
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
