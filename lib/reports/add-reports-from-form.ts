import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { addNewReports, type AddedReport } from "./add-reports";
import { addReportsByUrl, type UrlResult } from "./add-reports-by-url";
import { readUploadForm } from "./read-upload-form";
import { splitUrlField } from "./url-input";

/**
 * The add-reports form: files and pasted text as before, plus addresses typed in its URLs box.
 * Uploads go first (all or none, as always); then each address gets its own answer, shown even
 * when none of them could be added.
 */
export async function addReportsFromForm(
  actor: Actor | null,
  slug: string,
  form: FormData,
): Promise<{ added?: AddedReport[]; skipped?: string[]; urlResults?: UrlResult[] }> {
  const urls = splitUrlField(form.get("urls"));
  const hasUpload = form.getAll("files").some(isChosenFile) || String(form.get("text") ?? "").trim() !== "";
  // A duplicate file is left out alone (skipped), not with its whole batch.
  const uploaded = hasUpload || urls.length === 0 ? await addNewReports(actor, slug, await readUploadForm(form)) : undefined;
  const done = { added: uploaded?.added, skipped: uploaded?.skipped };
  if (urls.length === 0) return done;
  try {
    return { ...done, urlResults: await addReportsByUrl(actor, slug, { urls }) };
  } catch (error) {
    const results = error instanceof AppError ? (error.details?.results as UrlResult[] | undefined) : undefined;
    if (results) return { ...done, urlResults: results };
    throw error;
  }
}

/**
 * An empty file input still submits one part: nameless from a browser's form post, and named
 * "undefined" when the form goes through a server action (no report file is called that: it has
 * no extension we accept).
 */
function isChosenFile(entry: FormDataEntryValue): boolean {
  return typeof entry !== "string" && entry.name !== "" && entry.name !== "undefined";
}
