import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseReportId } from "./report-id";
import { diffVersions, type VersionDiffBlock } from "./report-versions-diff";
import type { ClaimUpdate } from "./report-versions-updates";

export type ReportVersionSummary = {
  number: number;
  source: "fetch" | "upload";
  title: string | null;
  createdAt: Date;
  fetchedAt: Date | null;
  charCount: number;
  createdByName: string | null;
  updates: ClaimUpdate[];
};

const updatesSchema = z.array(z.object({ kind: z.string(), label: z.string(), before: z.string(), after: z.string(), afterText: z.string() })).catch([]);

/** A report's versions, oldest first, without their texts. A report that never changed has one: its text. */
export async function listReportVersions(actor: Actor | null, reportId: string): Promise<ReportVersionSummary[]> {
  assertCan(actor, "story:read");
  const report = await db.report.findUnique({
    where: { id: parseReportId(reportId) },
    select: {
      title: true,
      createdAt: true,
      fetchedAt: true,
      charCount: true,
      versions: {
        orderBy: { number: "asc" },
        select: { number: true, source: true, title: true, createdAt: true, fetchedAt: true, articleText: true, createdByName: true, updates: true },
      },
    },
  });
  if (!report) throw new AppError("not_found", "No such report.");
  if (report.versions.length === 0) {
    return [
      {
        number: 1,
        source: report.fetchedAt ? "fetch" : "upload",
        title: report.title,
        createdAt: report.createdAt,
        fetchedAt: report.fetchedAt,
        charCount: report.charCount,
        createdByName: null,
        updates: [],
      },
    ];
  }
  return report.versions.map(({ articleText, updates, ...version }) => ({ ...version, charCount: articleText.length, updates: updatesSchema.parse(updates) }));
}

export const versionPairSchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

/** The word-level difference between two versions of a report (by number). */
export async function diffReportVersions(actor: Actor | null, reportId: string, pair: { from: number; to: number }): Promise<VersionDiffBlock[]> {
  assertCan(actor, "story:read");
  const id = parseReportId(reportId);
  const versions = await db.reportVersion.findMany({
    where: { reportId: id, number: { in: [pair.from, pair.to] } },
    select: { number: true, articleText: true },
  });
  const textOf = (number: number) => versions.find((version) => version.number === number)?.articleText;
  const [a, b] = [textOf(pair.from), textOf(pair.to)];
  if (a === undefined || b === undefined) throw new AppError("not_found", `This report has no version ${a === undefined ? pair.from : pair.to}.`);
  return diffVersions(a, b);
}
