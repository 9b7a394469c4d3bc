import type { Actor } from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";
import { addReportsByUrl, type UrlResult } from "../../lib/reports/add-reports-by-url";

/** Fetches the addresses into a story and prints one line per address; false when none was added. */
export async function ingestUrls(actor: Actor, slug: string, urls: string[]): Promise<boolean> {
  let results: UrlResult[];
  try {
    results = await addReportsByUrl(actor, slug, { urls });
  } catch (error) {
    const answers = error instanceof AppError ? (error.details?.results as UrlResult[] | undefined) : undefined;
    if (!answers) throw error;
    results = answers;
  }
  for (const result of results) {
    console.log(
      result.status === "added" ? `added   ${result.url} → “${result.report.title ?? result.report.url}”` : `failed  ${result.url}: ${result.message}`,
    );
  }
  return results.some((result) => result.status === "added");
}
