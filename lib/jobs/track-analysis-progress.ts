import type { AnalysisStep } from "@/lib/analysis/analyze-reports";

/** What the story's state row says of a running analysis. */
export type ProgressRow = { stage: "analysing" | "aligning"; reportsDone: number };

// The page polls every second: more writes than this would show nothing more.
const WRITE_EVERY_MS = 400;

/**
 * Reports read so far, from the engine's step: it parses every report, then drafts each one's
 * claims, so a report counts half once parsed and whole once its claims are drafted.
 */
export function progressOf(step: AnalysisStep): ProgressRow {
  if (step.stage === "align") return { stage: "aligning", reportsDone: step.total };
  const halves = step.stage === "parse" ? step.done : step.total + step.done;
  return { stage: "analysing", reportsDone: Math.min(step.total, Math.floor(halves / 2)) };
}

/**
 * Passes an analysis's progress to `write` as it goes, at most every 400 ms and one write at a
 * time (the latest step wins), so a story of hundreds of reports costs the database a few small
 * updates, not one per report. `stop` waits for a write under way and drops any not yet made.
 */
export function trackAnalysisProgress(write: (row: ProgressRow) => Promise<unknown>, everyMs = WRITE_EVERY_MS) {
  let latest: ProgressRow | null = null;
  let writing: Promise<unknown> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastWrite = 0;
  let stopped = false;
  const schedule = () => {
    if (timer || writing || stopped) return;
    timer = setTimeout(flush, Math.max(0, lastWrite + everyMs - Date.now()));
  };
  const flush = () => {
    timer = null;
    if (stopped || !latest) return;
    const row = latest;
    latest = null;
    lastWrite = Date.now();
    // Progress is a hint: a failed write must not fail the analysis.
    writing = write(row)
      .catch(() => {})
      .finally(() => {
        writing = null;
        if (latest) schedule();
      });
  };
  return {
    onProgress(step: AnalysisStep): void {
      if (stopped) return;
      latest = progressOf(step);
      schedule();
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await writing;
    },
  };
}
