import type { Analysis } from "@/lib/analysis/types";
import { AppError } from "@/lib/errors";

/**
 * Claims (and so clusters) one story may hold. The story's pages load its claims and rows by
 * id lists; keeping both well below PostgreSQL's 65,535 bind parameters per query keeps every
 * page of the story answering. A 30-report story has about 6,000.
 */
export const MAX_CLAIMS_PER_STORY = 30_000;

export function assertAnalysisFits(analysis: Pick<Analysis, "claims">, max = MAX_CLAIMS_PER_STORY): void {
  if (analysis.claims.length <= max) return;
  throw new AppError(
    "unprocessable",
    `This story would hold ${analysis.claims.length.toLocaleString("en")} claims, over the limit of ${max.toLocaleString("en")}: it is too large to analyse. Start another story for these reports.`,
  );
}
