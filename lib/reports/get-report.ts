import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseReportId } from "./report-id";

const spansSchema = z.array(z.tuple([z.number().int(), z.number().int()]));
const provenanceSchema = z.array(z.object({ kind: z.string(), name: z.string(), start: z.number().int(), end: z.number().int() }));

/** A report with its claims, and what the last analysis read around them: furniture and provenance lines. */
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
  // Written by the analysis; a report analysed before these were stored has none.
  const { furniture, provenance, ...rest } = report;
  return { ...rest, furniture: spansSchema.catch([]).parse(furniture ?? []), provenance: provenanceSchema.catch([]).parse(provenance ?? []) };
}

export type ReportWithStory = Awaited<ReturnType<typeof getReport>>;
