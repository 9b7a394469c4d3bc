import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAnalysisFits } from "./analysis-limits";
import type { ComputedAnalysis } from "./compute-story-analysis";
import { hashInputs, type AnalysisInputs } from "./read-analysis-inputs";
import { writeStoryAnalysis } from "./write-story-analysis";

/**
 * The transaction that stores an analysis: it waits for another write to the story and writes
 * thousands of rows at most (the analysis itself runs before it); Prisma's default is 5 s.
 */
export const STORE_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;

/**
 * Stores a computed analysis in the caller's transaction (which holds the story's analysis
 * lock), stamped with the hash of the inputs it was made from, and marks the story's analysis done.
 */
export async function storeStoryAnalysis(tx: Prisma.TransactionClient, storyId: string, computed: ComputedAnalysis, inputs: AnalysisInputs): Promise<void> {
  // Reports left out are no longer inputs: the stamp names what the stored analysis was made from.
  const inputHash = computed.skipped.size
    ? hashInputs(
        inputs.reports.filter((report) => !computed.skipped.has(report.id)),
        inputs.alignmentEdits,
      )
    : inputs.hash;
  assertAnalysisFits(computed.analysis);
  // The state row before the story row, as uploads and workers lock them: the other order could deadlock.
  const done = { state: "done", stage: null, error: null, inputHash, finishedAt: new Date(), reportCount: computed.analysis.sources.length };
  await tx.storyAnalysisJob.upsert({ where: { storyId }, create: { storyId, ...done }, update: done });
  for (const [reportId, reason] of computed.skipped) await tx.report.update({ where: { id: reportId }, data: { analysisSkipped: reason } });
  await writeStoryAnalysis(tx, storyId, computed.analysis);
}
