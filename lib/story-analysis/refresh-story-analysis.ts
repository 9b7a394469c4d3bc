import "server-only";
import { analyzeReports } from "@/lib/analysis/analyze-reports";
import type { ReportInput } from "@/lib/analysis/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportName } from "@/lib/stories/report-name";
import { writeStoryAnalysis } from "./write-story-analysis";

/** Re-runs the analysis over a story's current reports and stores it, in the caller's transaction. */
export async function refreshStoryAnalysis(tx: Prisma.TransactionClient, storyId: string): Promise<void> {
  const reports = await tx.report.findMany({
    where: { storyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, articleText: true, outletName: true, url: true, publishedAt: true, title: true },
  });
  const inputs: ReportInput[] = reports.map((report) => ({
    id: report.id,
    // The engine names a report by outlet, else file: give it the name the app shows everywhere.
    file: reportName(report),
    text: report.articleText,
    outlet: report.outletName,
    url: report.url,
    publishedAt: report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    title: report.title,
  }));
  // Editors' corrections outlive the analysis they corrected: replay them, oldest first.
  const edits = await tx.alignmentEdit.findMany({
    where: { storyId },
    orderBy: { createdAt: "asc" },
    select: { action: true, claimRef: true, targetRef: true },
  });
  await writeStoryAnalysis(tx, storyId, analyzeReports(inputs, { alignmentEdits: edits }));
}

/** Long enough for the analysis of a few hundred reports; Prisma's default is 5 s. */
export const ANALYSIS_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;
