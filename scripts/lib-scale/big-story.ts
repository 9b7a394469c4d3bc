import type { Client } from "./client";
import { runPhase, type Phase, type PolledStatus } from "./run-phase";
import { makeReport, storyTitle } from "./scale-reports";
import { MAX_REPORTS_PER_REQUEST } from "../../lib/reports/report-input";

export type BigStory = Phase & { progress: string[] };

/**
 * One story of `count` reports uploaded in one go (every request of at most 25 reports sent at
 * once), followed to "analysed" while a reader keeps opening its page. Returns the phase and
 * the progress the story showed on the way, as the analysis route gave it, in order.
 */
export async function runBigStory(client: Client, count: number, index: number): Promise<BigStory> {
  const progress: string[] = [];
  const note = (_slug: string, status: PolledStatus) => {
    const shown = describeProgress(status);
    if (progress.at(-1) !== shown) progress.push(shown);
  };
  const plan = [{ story: index, reports: Array.from({ length: count }, (_, n) => makeReport(index, n)) }];
  const phase = await runPhase(client, `one story of ${count} reports`, plan, {
    parallel: Math.ceil(count / MAX_REPORTS_PER_REQUEST),
    perRequest: MAX_REPORTS_PER_REQUEST,
    title: (story) => storyTitle(story, "big"),
    onStatus: note,
  });
  return { ...phase, progress };
}

function describeProgress(status: PolledStatus): string {
  if (status.state !== "running") return status.state;
  const done = status.reportsDone === undefined ? "" : ` ${status.reportsDone}/${status.reportCount}`;
  return `${status.stage ?? "running"}${done}`;
}

/** The progress seen, shortened to its first and last few steps when long. */
export function summarizeProgress(progress: string[], keep = 6): string {
  if (progress.length <= keep * 2) return progress.join(" → ");
  return [...progress.slice(0, keep), `… (${progress.length - keep * 2} more) …`, ...progress.slice(-keep)].join(" → ");
}
