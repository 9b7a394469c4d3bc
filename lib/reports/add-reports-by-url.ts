import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FetchPageOptions } from "@/lib/fetch/fetch-page";
import { fetchSettings } from "@/lib/fetch/fetch-settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { markAnalysisQueued, sendStoryAnalysis, UPLOAD_TRANSACTION } from "@/lib/jobs/enqueue-story-analysis";
import { parseInput } from "@/lib/validation";
import type { PreparedReport } from "./prepare-report";
import { mapLimited, readFetchedPage, type PageFailureCode } from "./read-fetched-page";
import { addReportsByUrlBodySchema } from "./url-input";

export type UrlResult =
  | { url: string; status: "added"; report: { id: string; title: string | null; outletName: string | null; url: string } }
  | { url: string; status: "failed"; code: PageFailureCode | "duplicate"; message: string };

type Fetched = { url: string; report: PreparedReport; fetchedAt: Date; etag: string | null; lastModified: string | null };

const PARALLEL_FETCHES = 4;

/**
 * Fetches each address and adds every page that has an article as a report, in one transaction
 * with one re-analysis. Each address gets its own answer; when none could be added the whole
 * request fails (422) with the answers in `details.results`.
 */
export async function addReportsByUrl(actor: Actor | null, storySlug: string, body: unknown, fetchOptions: FetchPageOptions = {}): Promise<UrlResult[]> {
  assertCan(actor, "report:create");
  const { urls } = parseInput(addReportsByUrlBodySchema, body, "addresses");
  const story = await db.story.findUnique({ where: { slug: storySlug }, select: { id: true } });
  if (!story) throw new AppError("not_found", `No story at "${storySlug}".`);

  const options = { ...fetchSettings(), ...fetchOptions };
  const answers = await mapLimited(urls, PARALLEL_FETCHES, (url) => readFetchedPage(url, options));
  const results: UrlResult[] = answers.map((answer, index) =>
    // Pages that are fetched get their answer when they are stored (or found to be duplicates).
    answer.ok
      ? { url: urls[index]!, status: "failed", code: "network", message: "the page was not stored" }
      : { url: urls[index]!, status: "failed", code: answer.code, message: answer.message },
  );
  const fetched = new Map<number, Fetched>();
  answers.forEach((answer, index) => {
    if (answer.ok && !answer.notModified) fetched.set(index, { url: urls[index]!, ...answer });
  });
  await refuseDuplicates(story.id, fetched, results);
  if (fetched.size === 0) throw noneAdded(results);

  try {
    await db.$transaction(async (tx) => {
      const now = Date.now();
      for (const [index, page] of fetched) {
        const { report, fetchedAt, etag, lastModified } = page;
        const created = await tx.report.create({
          // Input order is reading order, as for uploads.
          data: { ...report, storyId: story.id, fetchedAt, etag, lastModified, createdAt: new Date(now + index) },
          select: { id: true, title: true, outletName: true, url: true },
        });
        await tx.reportVersion.create({
          data: {
            reportId: created.id,
            number: 1,
            source: "fetch",
            rawText: report.rawText,
            articleText: report.articleText,
            contentHash: report.contentHash,
            title: report.title,
            etag,
            lastModified,
            fetchedAt,
            createdById: actor.id,
            createdByName: actor.name,
          },
        });
        results[index] = { url: page.url, status: "added", report: { ...created, url: created.url ?? page.url } };
        const { id, ...added } = created;
        await recordAudit(tx, actor, { storyId: story.id, action: "report.add", subject: `report:${id}`, after: added });
      }
      await markAnalysisQueued(tx, story.id);
      await tx.story.update({ where: { id: story.id }, data: { updatedAt: new Date() } });
    }, UPLOAD_TRANSACTION);
    await sendStoryAnalysis(story.id);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "One of these pages was just added to this story by someone else.");
    }
    throw error;
  }
  return results;
}

/** A page already in the story (same address or same text), or twice in this batch, is not added again. */
async function refuseDuplicates(storyId: string, fetched: Map<number, Fetched>, results: UrlResult[]): Promise<void> {
  const pages = [...fetched.values()];
  const existing = await db.report.findMany({
    where: { storyId, OR: [{ contentHash: { in: pages.map((page) => page.report.contentHash) } }, { url: { in: pages.map((page) => page.report.url!) } }] },
    select: { contentHash: true, url: true, title: true, outletName: true },
  });
  const seen = new Map<string, string>();
  for (const [index, page] of fetched) {
    const twin = existing.find((row) => row.contentHash === page.report.contentHash || row.url === page.report.url);
    const earlier = seen.get(page.report.contentHash);
    const message = twin
      ? `already in this story as "${twin.title ?? twin.url ?? "an untitled report"}"${twin.url === page.report.url ? "; use Check for updates to fetch it again" : ""}`
      : earlier
        ? `the same page as ${earlier}, earlier in this list`
        : null;
    if (message) {
      results[index] = { url: page.url, status: "failed", code: "duplicate", message };
      fetched.delete(index);
    } else seen.set(page.report.contentHash, page.url);
  }
}

function noneAdded(results: UrlResult[]): AppError {
  const failures = results.filter((result) => result.status === "failed");
  const lines = failures.map((result) => `${result.url}: ${result.message}`);
  return new AppError("unprocessable", `No report was added. ${lines.join("; ")}`, { results });
}
