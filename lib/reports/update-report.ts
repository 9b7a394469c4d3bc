import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { parseReportId } from "./report-id";
import { updateReportBodySchema } from "./report-input";

/** Corrects what was read from a report (outlet, address, date); its text never changes. */
export async function updateReport(actor: Actor, reportId: string, body: unknown) {
  assertCan(actor, "report:update");
  const changes = parseInput(updateReportBodySchema, body, "report details");
  const { publishedAt, ...rest } = changes;
  const data = {
    ...rest,
    ...(publishedAt !== undefined ? { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null } : {}),
  };
  const { count } = await db.report.updateMany({ where: { id: parseReportId(reportId) }, data });
  if (count === 0) throw new AppError("not_found", "No such report.");
  return db.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, title: true, outletName: true, url: true, byline: true, publishedAt: true } });
}
