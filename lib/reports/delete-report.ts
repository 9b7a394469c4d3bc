import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markAnalysisQueued, sendStoryAnalysis } from "@/lib/jobs/enqueue-story-analysis";
import { parseReportId } from "./report-id";

/**
 * Removes a report (its claims go with it) and queues the re-analysis of its story; returns the
 * story's slug, to go back to.
 */
export async function deleteReport(actor: Actor | null, reportId: string): Promise<string> {
  assertCan(actor, "report:delete");
  const { storyId, slug } = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: parseReportId(reportId) },
      select: { storyId: true, title: true, outletName: true, fileName: true, story: { select: { slug: true } } },
    });
    if (!report) throw new AppError("not_found", "No such report.");
    // The story's state row before the report's row: the order a worker storing an analysis takes.
    await markAnalysisQueued(tx, report.storyId);
    await tx.report.delete({ where: { id: reportId } });
    // Its claims went with it: rows left with none would show as empty until the re-analysis.
    await tx.cluster.deleteMany({ where: { storyId: report.storyId, claims: { none: {} } } });
    const { title, outletName, fileName } = report;
    await recordAudit(tx, actor, { storyId: report.storyId, action: "report.delete", subject: `report:${reportId}`, before: { title, outletName, fileName } });
    await tx.story.update({ where: { id: report.storyId }, data: { updatedAt: new Date() } });
    return { storyId: report.storyId, slug: report.story.slug };
  });
  await sendStoryAnalysis(storyId);
  return slug;
}
