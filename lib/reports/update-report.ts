import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ANALYSIS_TRANSACTION, refreshStoryAnalysis } from "@/lib/story-analysis/refresh-story-analysis";
import { parseReportId } from "./report-id";
import { updateReportBodySchema } from "./report-input";

/** Corrects what was read from a report (outlet, address, date); its text never changes. */
export async function updateReport(actor: Actor | null, reportId: string, body: unknown) {
  assertCan(actor, "report:update");
  const changes = parseInput(updateReportBodySchema, body, "report details");
  const { publishedAt, ...rest } = changes;
  const data = {
    ...rest,
    ...(publishedAt !== undefined ? { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null } : {}),
  };
  // Outlet and date feed the analysis (families, "on Monday"), so it is redone with the edit.
  const select = { id: true, storyId: true, title: true, outletName: true, url: true, byline: true, publishedAt: true } as const;
  return db.$transaction(async (tx) => {
    const before = await tx.report.findUnique({ where: { id: parseReportId(reportId) }, select });
    if (!before) throw new AppError("not_found", "No such report.");
    const report = await tx.report.update({ where: { id: reportId }, data, select });
    const { id: _id, storyId, ...fields } = report;
    const { id: _before, storyId: _story, ...previous } = before;
    await recordAudit(tx, actor, { storyId, action: "report.update", subject: `report:${reportId}`, before: toJson(previous), after: toJson(fields) });
    await refreshStoryAnalysis(tx, report.storyId);
    return report;
  }, ANALYSIS_TRANSACTION);
}

/** Dates as YYYY-MM-DD, the way the form shows them. */
function toJson(fields: Record<string, string | Date | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 10) : value]));
}
