import "server-only";
import { AppError } from "@/lib/errors";
import { FetchRefusal, fetchPage, type FetchPageOptions } from "@/lib/fetch/fetch-page";
import { prepareReport, type PreparedReport } from "./prepare-report";

export type PageFailureCode = FetchRefusal["code"] | "no_article";

export type FetchedReport =
  | { ok: true; notModified: false; report: PreparedReport; fetchedAt: Date; etag: string | null; lastModified: string | null }
  | { ok: true; notModified: true; fetchedAt: Date; etag: string | null; lastModified: string | null }
  | { ok: false; code: PageFailureCode; message: string };

/**
 * Fetches one page and reduces it to a report the way an uploaded HTML file is (Readability), keeping
 * the address it ended at. Refusals and pages without an article come back as values, not throws,
 * so one bad link in a batch does not sink the others.
 */
export async function readFetchedPage(url: string, options: FetchPageOptions): Promise<FetchedReport> {
  const fetchedAt = new Date();
  let page;
  try {
    page = await fetchPage(url, options);
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const validators = { fetchedAt, etag: page.etag, lastModified: page.lastModified };
  if (page.notModified) return { ok: true, notModified: true, ...validators };
  try {
    const isHtml = !/^text\/plain\b/i.test(page.contentType);
    const report = prepareReport({
      text: page.body,
      format: isHtml ? "html" : "text",
      url: page.finalUrl,
      fileName: null,
      title: null,
      outletName: null,
      byline: null,
      publishedAt: null,
    });
    return { ok: true, notModified: false, report: { ...report, outletName: report.outletName ?? hostOutlet(page.finalUrl) }, ...validators };
  } catch (error) {
    // An empty page (400) and a page without an article (422) are both a page with nothing to read.
    if (error instanceof AppError && (error.code === "unprocessable" || error.code === "bad_request"))
      return { ok: false, code: "no_article", message: "the page has no article text to analyse" };
    throw error;
  }
}

/** "www.harbour-post.example" → "harbour-post.example": better than no outlet at all. */
function hostOutlet(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** Runs `work` over `items` with at most `limit` at a time, keeping order. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
