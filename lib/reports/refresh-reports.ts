import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, isDuplicateKey } from "@/lib/errors";
import type { FetchPageOptions } from "@/lib/fetch/fetch-page";
import { fetchSettings } from "@/lib/fetch/fetch-settings";
import { markAnalysisQueued, sendStoryAnalysis } from "@/lib/jobs/enqueue-story-analysis";
import { mapLimited, readFetchedPage, type FetchedReport } from "./read-fetched-page";
import { parseReportId } from "./report-id";
import { addReportVersion } from "./report-versions";

export type RefreshResult = {
  reportId: string;
  title: string | null;
  url: string;
  status: "updated" | "unchanged" | "failed";
  /** the report's version after the check (which claims it changed is recorded with it once the story's queued analysis is stored) */
  version?: number;
  message?: string;
};

type UrlReport = { id: string; title: string | null; url: string; contentHash: string; etag: string | null; lastModified: string | null };

const PARALLEL_FETCHES = 4;

/**
 * Fetches every URL report of a story again (or one, with `reportId`), asking the server for the
 * page only if it changed; a page whose article text changed becomes its report's new version, and
 * the story's analysis is queued once for all of them. Answers per report.
 */
export async function refreshReports(
  actor: Actor | null,
  storySlug: string,
  options: { reportId?: string; fetchOptions?: FetchPageOptions } = {},
): Promise<RefreshResult[]> {
  assertCan(actor, "report:update");
  const story = await db.story.findUnique({ where: { slug: storySlug }, select: { id: true } });
  if (!story) throw new AppError("not_found", `No story at "${storySlug}".`);
  const reports = (await db.report.findMany({
    where: { storyId: story.id, url: { not: null }, ...(options.reportId ? { id: parseReportId(options.reportId) } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, contentHash: true, etag: true, lastModified: true },
  })) as UrlReport[];
  if (options.reportId && reports.length === 0) throw new AppError("unprocessable", "This report has no address to check.");

  const settings = { ...fetchSettings(), ...options.fetchOptions };
  const answers = await mapLimited(reports, PARALLEL_FETCHES, (report) =>
    readFetchedPage(report.url, { ...settings, etag: report.etag, lastModified: report.lastModified }),
  );
  const others = await db.report.findMany({ where: { storyId: story.id }, select: { id: true, contentHash: true } });
  const results: RefreshResult[] = [];
  const changed: { report: UrlReport; answer: Extract<FetchedReport, { ok: true; notModified: false }>; result: RefreshResult }[] = [];
  for (const [index, report] of reports.entries()) {
    const answer = answers[index]!;
    const result: RefreshResult = { reportId: report.id, title: report.title, url: report.url, status: "unchanged" };
    results.push(result);
    if (!answer.ok) Object.assign(result, { status: "failed", message: answer.message });
    else if (answer.notModified || answer.report.contentHash === report.contentHash) await noteValidators(report, answer);
    else if (others.some((other) => other.id !== report.id && other.contentHash === answer.report.contentHash)) {
      Object.assign(result, { status: "failed", message: "the page now has the same text as another report of this story" });
    } else changed.push({ report, answer, result });
  }
  if (changed.length > 0) await storeVersions(actor, story.id, changed);
  await db.story.update({ where: { id: story.id }, data: { checkedAt: new Date() } });
  return results;
}

async function storeVersions(
  actor: Actor,
  storyId: string,
  changed: { report: UrlReport; answer: Extract<FetchedReport, { ok: true; notModified: false }>; result: RefreshResult }[],
) {
  try {
    await db.$transaction(async (tx) => {
      // The story's state row before the reports' rows: the order a worker storing an analysis takes.
      await markAnalysisQueued(tx, storyId);
      for (const { report, answer, result } of changed) {
        // The report keeps the address it was added by; the page's own final address may drift.
        const next = { ...answer.report, url: report.url };
        const version = await addReportVersion(tx, actor, report.id, {
          report: next,
          source: "fetch",
          fetchedAt: answer.fetchedAt,
          etag: answer.etag,
          lastModified: answer.lastModified,
        });
        Object.assign(result, { status: "updated", version: version.number });
      }
      await tx.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } });
    });
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new AppError("conflict", "These reports were just checked by someone else; try again.");
    }
    throw error;
  }
  await sendStoryAnalysis(storyId);
}

/**
 * Keeps new validators, so the next check can be answered "not modified". Left alone when they did
 * not change: touching the report would make every check look like a change to the story's caches.
 */
async function noteValidators(report: UrlReport, answer: Extract<FetchedReport, { ok: true }>): Promise<void> {
  // A "not modified" answer need not repeat every validator: the ones it leaves out still hold.
  const etag = answer.etag ?? report.etag;
  const lastModified = answer.lastModified ?? report.lastModified;
  if (etag === report.etag && lastModified === report.lastModified) return;
  await db.report.update({ where: { id: report.id }, data: { fetchedAt: answer.fetchedAt, etag, lastModified } });
}
