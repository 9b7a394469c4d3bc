import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ANALYSIS_TRANSACTION, refreshStoryAnalysis } from "@/lib/story-analysis/refresh-story-analysis";
import { parseReportId } from "./report-id";

/** Removes a report and returns the slug of its story, to go back to. */
export async function deleteReport(actor: Actor | null, reportId: string): Promise<string> {
  assertCan(actor, "report:delete");
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: parseReportId(reportId) }, select: { storyId: true, title: true, outletName: true, fileName: true, story: { select: { slug: true } } } });
    if (!report) throw new AppError("not_found", "No such report.");
    await tx.report.delete({ where: { id: reportId } });
    const { title, outletName, fileName } = report;
    await recordAudit(tx, actor, { storyId: report.storyId, action: "report.delete", subject: `report:${reportId}`, before: { title, outletName, fileName } });
    await refreshStoryAnalysis(tx, report.storyId);
    await tx.story.update({ where: { id: report.storyId }, data: { updatedAt: new Date() } });
    return report.story.slug;
  }, ANALYSIS_TRANSACTION);
}
