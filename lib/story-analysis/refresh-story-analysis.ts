import "server-only";
import type { ReportInput } from "@/lib/analysis/types";
import { analysisBudget } from "@/lib/analysis-runner/budget";
import { JobRefused, runInWorker } from "@/lib/analysis-runner/run-in-worker";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAnalysisFits } from "./analysis-limits";
import { lockStoryAnalysis } from "./lock-story-analysis";
import { maskLongTokens } from "./mask-long-tokens";
import { writeStoryAnalysis } from "./write-story-analysis";

type Tx = Prisma.TransactionClient;

/**
 * Re-runs the analysis over a story's current reports and stores it, in the caller's transaction.
 * The analysis runs in a worker thread with a time and memory budget. When it fails or overruns
 * and `newReportIds` names the reports just added, each of those is tried alone: the ones that
 * fail alone are kept but marked as not analysed, so one bad report does not refuse its batch.
 */
export async function refreshStoryAnalysis(tx: Tx, storyId: string, newReportIds: string[] = []): Promise<void> {
  // Two changes to one story at once would each replace the other's claims; take turns.
  await lockStoryAnalysis(tx, storyId);
  const inputs = await readInputs(tx, storyId);
  // Editors' corrections outlive the analysis they corrected: replay them, oldest first.
  const alignmentEdits = await tx.alignmentEdit.findMany({
    where: { storyId },
    orderBy: { createdAt: "asc" },
    select: { action: true, claimRef: true, targetRef: true },
  });
  const budget = analysisBudget();
  const analyse = (reports: ReportInput[], timeMs = budget.timeMs) => runInWorker({ kind: "analyze", reports, alignmentEdits }, { ...budget, timeMs });
  let analysis;
  try {
    analysis = await analyse(inputs);
  } catch (error) {
    if (!(error instanceof JobRefused) || newReportIds.length === 0) throw tooLarge(error);
    const suspects = inputs.filter((input) => newReportIds.includes(input.id));
    // A story of one report has just been tried alone: no need to run it again to know.
    const skipped = inputs.length === 1 && suspects.length === 1 ? await skipReport(tx, suspects[0]!.id, error) : await skipFailingReports(tx, suspects, analyse);
    analysis = await analyse(inputs.filter((input) => !skipped.has(input.id))).catch((again) => {
      throw tooLarge(again);
    });
  }
  assertAnalysisFits(analysis);
  await writeStoryAnalysis(tx, storyId, analysis);
}

async function readInputs(tx: Tx, storyId: string): Promise<ReportInput[]> {
  const reports = await tx.report.findMany({
    where: { storyId, analysisSkipped: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, articleText: true, outletName: true, url: true, publishedAt: true, title: true },
  });
  return reports.map((report) => ({
    id: report.id,
    file: report.fileName ?? undefined,
    // Long non-words cost the tokenizer the square of their length; offsets stay the same.
    text: maskLongTokens(report.articleText),
    outlet: report.outletName,
    url: report.url,
    publishedAt: report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    title: report.title,
  }));
}

async function skipFailingReports(tx: Tx, suspects: ReportInput[], analyse: (reports: ReportInput[], timeMs: number) => Promise<unknown>): Promise<Set<string>> {
  const skipped = new Set<string>();
  // Together the tries take at most about one more budget (a report alone takes a second or two).
  const timeMs = Math.max(5_000, analysisBudget().timeMs / suspects.length);
  for (const suspect of suspects) {
    const failure = await analyse([suspect], timeMs).then(
      () => null,
      (error: unknown) => (error instanceof JobRefused ? error : null),
    );
    if (!failure) continue;
    skipped.add(suspect.id);
    await markSkipped(tx, suspect.id, failure);
  }
  return skipped;
}

async function skipReport(tx: Tx, reportId: string, failure: JobRefused): Promise<Set<string>> {
  await markSkipped(tx, reportId, failure);
  return new Set([reportId]);
}

async function markSkipped(tx: Tx, reportId: string, failure: JobRefused): Promise<void> {
  const reason = failure.reason === "crash" ? "the analysis failed on it" : `too large to analyse (${failure.message})`;
  await tx.report.update({ where: { id: reportId }, data: { analysisSkipped: reason } });
}

function tooLarge(error: unknown): unknown {
  if (!(error instanceof JobRefused)) return error;
  console.error(`story analysis refused: ${error.reason}: ${error.message}`);
  return new AppError(
    "unprocessable",
    error.reason === "crash"
      ? "The analysis of this story failed; nothing was changed. Please report this."
      : `This story is too large to analyse (the analysis ${error.message}); nothing was changed.`,
  );
}

/**
 * Long enough to wait for another change's analysis, then run this one, try its new reports
 * alone and run it again (see above); Prisma's default is 5 s.
 */
export const ANALYSIS_TRANSACTION = { timeout: 4 * analysisBudget().timeMs + 120_000, maxWait: 10_000 } as const;
