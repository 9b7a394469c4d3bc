import "server-only";
import { createHash } from "node:crypto";
import type { AlignmentEditInput } from "@/lib/analysis/align/apply-alignment-edits";
import type { ReportInput } from "@/lib/analysis/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportName } from "@/lib/stories/report-name";
import { maskLongTokens } from "./mask-long-tokens";

export type AnalysisInputs = { reports: ReportInput[]; alignmentEdits: AlignmentEditInput[]; hash: string };

/**
 * Reads what a story's analysis is made from, and a hash of exactly that: an analysis made from
 * other inputs than the story has when it is stored would overwrite a newer one.
 */
export async function readAnalysisInputs(client: Prisma.TransactionClient, storyId: string): Promise<AnalysisInputs> {
  const rows = await client.report.findMany({
    where: { storyId, analysisSkipped: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, articleText: true, outletName: true, url: true, publishedAt: true, title: true },
  });
  const reports = rows.map((report) => ({
    id: report.id,
    // The engine names a report by outlet, else file: give it the name the app shows everywhere.
    file: reportName(report),
    // Long non-words cost the tokenizer the square of their length; offsets stay the same.
    text: maskLongTokens(report.articleText),
    outlet: report.outletName,
    url: report.url,
    publishedAt: report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    title: report.title,
  }));
  // Editors' corrections outlive the analysis they corrected: replay them, oldest first.
  const alignmentEdits = await client.alignmentEdit.findMany({
    where: { storyId },
    orderBy: { createdAt: "asc" },
    select: { action: true, claimRef: true, targetRef: true },
  });
  return { reports, alignmentEdits, hash: hashInputs(reports, alignmentEdits) };
}

export function hashInputs(reports: ReportInput[], alignmentEdits: AlignmentEditInput[]): string {
  return createHash("sha256").update(JSON.stringify({ reports, alignmentEdits })).digest("hex");
}
