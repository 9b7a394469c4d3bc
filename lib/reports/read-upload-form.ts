import { AppError } from "@/lib/errors";
import { decodeUpload } from "./decode-upload";
import { MAX_REPORTS_PER_REQUEST, type ReportUpload } from "./report-input";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() ? value : null;
};

/**
 * Reads an upload form (files and/or pasted text) into the body addReports takes. The
 * details typed beside the paste box belong to the pasted text only; files describe
 * themselves.
 */
export async function readUploadForm(form: FormData): Promise<{ reports: Omit<ReportUpload, "title" | "byline">[] }> {
  // An empty file input still submits one nameless, empty part (which a server action's form
  // decoding names "undefined"); a chosen empty file has a real name and is refused as empty.
  const files = form.getAll("files").filter((entry): entry is File => typeof entry !== "string" && !isUnchosen(entry));
  const names = form.getAll("fileOutlet");
  if (files.length > MAX_REPORTS_PER_REQUEST) {
    throw new AppError("bad_request", `At most ${MAX_REPORTS_PER_REQUEST} files at once.`);
  }
  const reports: Omit<ReportUpload, "title" | "byline">[] = [];
  for (const [index, file] of files.entries()) {
    const { text, format } = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    const name = names[index];
    const outletName = typeof name === "string" && name.trim() ? name.trim() : null;
    reports.push({ text, format, fileName: file.name, outletName, url: null, publishedAt: null });
  }
  const pasted = field(form, "text");
  if (pasted) {
    reports.push({
      text: pasted,
      fileName: null,
      outletName: field(form, "outletName"),
      url: field(form, "url"),
      publishedAt: field(form, "publishedAt"),
    });
  }
  if (reports.length === 0) throw new AppError("bad_request", "Choose at least one file or paste a report's text.");
  return { reports };
}

function isUnchosen(file: File): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}
