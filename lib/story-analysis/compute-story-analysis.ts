import "server-only";
import type { Analysis, ReportInput } from "@/lib/analysis/types";
import { analysisBudget } from "@/lib/analysis-runner/budget";
import { JobRefused, runInWorker, type Watch } from "@/lib/analysis-runner/run-in-worker";
import { AppError } from "@/lib/errors";
import type { AnalysisInputs } from "./read-analysis-inputs";

/** An analysis and the reports it had to leave out, with why. */
export type ComputedAnalysis = { analysis: Analysis; skipped: Map<string, string> };

/**
 * Runs the analysis in a worker thread with a time and memory budget, touching no database. When
 * it fails or overruns and `newReportIds` names the reports just added, each of those is tried
 * alone: the ones that fail alone are left out (and named), so one bad report does not refuse its batch.
 * `watch.onProgress` hears the steps of the analyses of the whole story (not of the reports tried
 * alone); once `watch.signal` is aborted the analysis stops and this throws a JobRefused "cancelled".
 */
export async function computeStoryAnalysis(inputs: AnalysisInputs, newReportIds: string[] = [], watch: Watch = {}): Promise<ComputedAnalysis> {
  const budget = analysisBudget();
  const analyse = (reports: ReportInput[], timeMs = budget.timeMs, story: Watch = { signal: watch.signal }) =>
    runInWorker({ kind: "analyze", reports, alignmentEdits: inputs.alignmentEdits }, { ...budget, timeMs }, story);
  const skipped = new Map<string, string>();
  try {
    const analysis = await analyse(inputs.reports, budget.timeMs, watch);
    return { analysis, skipped: noteUnreadable(analysis, skipped) };
  } catch (error) {
    if (isCancelled(error)) throw error;
    if (!(error instanceof JobRefused) || newReportIds.length === 0) throw tooLarge(error);
    const suspects = inputs.reports.filter((input) => newReportIds.includes(input.id));
    // A story of one report has just been tried alone: no need to run it again to know.
    if (inputs.reports.length === 1 && suspects.length === 1) skipped.set(suspects[0]!.id, skipReason(error));
    else await findFailingReports(suspects, analyse, skipped);
    const analysis = await analyse(
      inputs.reports.filter((input) => !skipped.has(input.id)),
      budget.timeMs,
      watch,
    ).catch((again) => {
      throw isCancelled(again) ? again : tooLarge(again);
    });
    return { analysis, skipped: noteUnreadable(analysis, skipped) };
  }
}

/**
 * Reports the engine itself could not read (it keeps them, with no claims, and says why) are left out
 * like the ones that failed the whole analysis: marked with the reason, which the story and the report
 * page show, and tried again by a new engine.
 */
export function noteUnreadable(analysis: Analysis, skipped: Map<string, string>): Map<string, string> {
  for (const source of analysis.sources) if (source.unreadable && !skipped.has(source.id)) skipped.set(source.id, source.unreadable);
  return skipped;
}

async function findFailingReports(
  suspects: ReportInput[],
  analyse: (reports: ReportInput[], timeMs: number) => Promise<unknown>,
  skipped: Map<string, string>,
): Promise<void> {
  // Together the tries take at most about one more budget (a report alone takes a second or two).
  const timeMs = Math.max(5_000, analysisBudget().timeMs / suspects.length);
  for (const suspect of suspects) {
    const failure = await analyse([suspect], timeMs).then(
      () => null,
      (error: unknown) => {
        if (isCancelled(error)) throw error;
        return error instanceof JobRefused ? error : null;
      },
    );
    if (failure) skipped.set(suspect.id, skipReason(failure));
  }
}

/** The analysis was cancelled by its caller (its result would have been thrown away): not a failure. */
export function isCancelled(error: unknown): error is JobRefused {
  return error instanceof JobRefused && error.reason === "cancelled";
}

function skipReason(failure: JobRefused): string {
  return failure.reason === "crash" ? "the analysis failed on it" : `too large to analyse (${failure.message})`;
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
