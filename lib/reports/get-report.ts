import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseReportId } from "./report-id";

export async function getReport(actor: Actor | null, reportId: string) {
  assertCan(actor, "story:read");
  const report = await db.report.findUnique({
    where: { id: parseReportId(reportId) },
    include: {
      story: { select: { slug: true, title: true } },
      claims: {
        orderBy: [{ start: "asc" }, { end: "desc" }],
        select: { id: true, start: true, end: true, kind: true, summary: true, cluster: { select: { id: true, verdict: true } } },
      },
    },
  });
  if (!report) throw new AppError("not_found", "No such report.");
  return report;
}

export type ReportWithStory = Awaited<ReturnType<typeof getReport>>;
