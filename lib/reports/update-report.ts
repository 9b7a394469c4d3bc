import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markAnalysisQueued, sendStoryAnalysis } from "@/lib/jobs/enqueue-story-analysis";
import { parseInput } from "@/lib/validation";
import { parseReportId } from "./report-id";
import { updateReportBodySchema } from "./report-input";

/**
 * Corrects what was read from a report (outlet, address, date); its text never changes. Outlet and
 * date feed the analysis (families, "on Monday"), so the story's analysis is queued with the edit.
 */
export async function updateReport(actor: Actor | null, reportId: string, body: unknown) {
  assertCan(actor, "report:update");
  const changes = parseInput(updateReportBodySchema, body, "report details");
  const { publishedAt, ...rest } = changes;
  const data = {
    ...rest,
    ...(publishedAt !== undefined ? { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null } : {}),
  };
  const select = { id: true, storyId: true, title: true, outletName: true, url: true, byline: true, publishedAt: true } as const;
  const { report, storySlug } = await db.$transaction(async (tx) => {
    const before = await tx.report.findUnique({ where: { id: parseReportId(reportId) }, select: { ...select, story: { select: { slug: true } } } });
    if (!before) throw new AppError("not_found", "No such report.");
    // The story's state row before the report's row: the order a worker storing an analysis takes.
    await markAnalysisQueued(tx, before.storyId);
    const report = await tx.report.update({ where: { id: reportId }, data, select });
    const { id: _id, storyId, ...fields } = report;
    const { id: _before, storyId: _story, story, ...previous } = before;
    await recordAudit(tx, actor, { storyId, action: "report.update", subject: `report:${reportId}`, before: toJson(previous), after: toJson(fields) });
    return { report, storySlug: story.slug };
  });
  await sendStoryAnalysis(report.storyId);
  return { report, storySlug };
}

/** Dates as YYYY-MM-DD, the way the form shows them. */
function toJson(fields: Record<string, string | Date | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 10) : value]));
}
