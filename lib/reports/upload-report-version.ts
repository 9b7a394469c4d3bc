import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { markAnalysisQueued, sendStoryAnalysis } from "@/lib/jobs/enqueue-story-analysis";
import { parseInput } from "@/lib/validation";
import { prepareReport } from "./prepare-report";
import { parseReportId } from "./report-id";
import { reportUploadSchema } from "./report-input";
import { addReportVersion } from "./report-versions";

export const reportVersionBodySchema = reportUploadSchema.pick({ text: true, format: true });

export type ReportVersionBody = z.infer<typeof reportVersionBodySchema>;

/**
 * An editor's corrected text for a report: it becomes the report's new version and the story's
 * analysis is queued; which claims it changed is recorded with the version once that is stored.
 */
export async function uploadReportVersion(actor: Actor | null, reportId: string, body: unknown): Promise<{ version: number; storySlug: string }> {
  assertCan(actor, "report:revise");
  const input = parseInput(reportVersionBodySchema, body, "corrected text");
  const report = await db.report.findUnique({
    where: { id: parseReportId(reportId) },
    select: {
      id: true,
      storyId: true,
      url: true,
      contentHash: true,
      title: true,
      outletName: true,
      byline: true,
      publishedAt: true,
      fileName: true,
      story: { select: { slug: true } },
    },
  });
  if (!report) throw new AppError("not_found", "No such report.");
  const prepared = prepareReport({ ...input, fileName: report.fileName, title: null, outletName: null, url: report.url, byline: null, publishedAt: null });
  if (prepared.contentHash === report.contentHash) throw new AppError("unprocessable", "This is the report's current text: nothing changed.");
  const twin = await db.report.findFirst({ where: { storyId: report.storyId, contentHash: prepared.contentHash }, select: { id: true } });
  if (twin) throw new AppError("conflict", "Another report of this story has exactly this text.");
  try {
    const version = await db.$transaction(async (tx) => {
      // The story's state row before the report's row: the order a worker storing an analysis takes.
      await markAnalysisQueued(tx, report.storyId);
      // The editor's details stay: a corrected text does not rename the report.
      const added = await addReportVersion(tx, actor, report.id, { report: { ...prepared, title: report.title ?? prepared.title }, source: "upload" });
      await tx.story.update({ where: { id: report.storyId }, data: { updatedAt: new Date() } });
      return added.number;
    });
    await sendStoryAnalysis(report.storyId);
    return { version, storySlug: report.story.slug };
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new AppError("conflict", "This report was just changed by someone else; reload and try again.");
    }
    throw error;
  }
}
