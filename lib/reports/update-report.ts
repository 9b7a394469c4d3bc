import "server-only";
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
  return db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({ where: { id: parseReportId(reportId) }, data });
    if (count === 0) throw new AppError("not_found", "No such report.");
    const report = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      select: { id: true, storyId: true, title: true, outletName: true, url: true, byline: true, publishedAt: true },
    });
    await refreshStoryAnalysis(tx, report.storyId);
    return report;
  }, ANALYSIS_TRANSACTION);
}
