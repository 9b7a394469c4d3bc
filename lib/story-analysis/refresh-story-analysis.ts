import "server-only";
import { analysisBudget } from "@/lib/analysis-runner/budget";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeStoryAnalysis } from "./compute-story-analysis";
import { lockStoryAnalysis } from "./lock-story-analysis";
import { readAnalysisInputs } from "./read-analysis-inputs";
import { storeStoryAnalysis } from "./store-story-analysis";

type Tx = Prisma.TransactionClient;

/**
 * Re-runs the analysis over a story's current reports and stores it, in the caller's transaction
 * (edits of one report, alignment corrections; uploads queue a background job instead, lib/jobs/).
 * The analysis runs in a worker thread with a time and memory budget. When it fails or overruns
 * and `newReportIds` names the reports just added, those that fail alone are kept but marked as
 * not analysed, so one bad report does not refuse its batch.
 */
export async function refreshStoryAnalysis(tx: Tx, storyId: string, newReportIds: string[] = []): Promise<void> {
  // Two changes to one story at once would each replace the other's claims; take turns.
  await lockStoryAnalysis(tx, storyId);
  const inputs = await readAnalysisInputs(tx, storyId);
  await storeStoryAnalysis(tx, storyId, await computeStoryAnalysis(inputs, newReportIds), inputs);
}

/**
 * Long enough to wait for another change's analysis, then run this one, try its new reports
 * alone and run it again (see above); Prisma's default is 5 s.
 */
export const ANALYSIS_TRANSACTION = { timeout: 4 * analysisBudget().timeMs + 120_000, maxWait: 10_000 } as const;
