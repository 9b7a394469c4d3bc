import fs from "node:fs";
import path from "node:path";
import type { ReportInput } from "../../lib/analysis/types";
import { extractArticle, mapSpanToRaw } from "../../lib/ingest/extract-html";
import { prepareReport } from "../../lib/reports/prepare-report";

const REPORT_EXT = /\.(?:txt|md|html?)$/i;
const HTML_EXT = /\.html?$/i;

/** Report files named on the command line; directories give their *.txt, *.md and *.html files. */
export function readInputs(args: string[]): ReportInput[] {
  const files: string[] = [];
  for (const a of args) {
    const stat = fs.statSync(a);
    if (stat.isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) if (REPORT_EXT.test(f) && !/^readme/i.test(f)) files.push(path.join(a, f));
    } else files.push(a);
  }
  return files.map((file) => readReport(file));
}

/**
 * A page is reduced to its article by the web app's own upload path (Readability, then its metadata), so
 * what the CLI and the scorer read is what users get; offsets then index that article text, as in the app.
 */
function readReport(file: string): ReportInput {
  const raw = fs.readFileSync(file, "utf8");
  const base = { id: idFor(file), file };
  if (!HTML_EXT.test(file)) return { ...base, text: raw };
  const article = extractArticle(raw);
  const report = prepareReport({
    text: raw,
    format: "html",
    fileName: path.basename(file),
    title: null,
    outletName: null,
    url: null,
    byline: null,
    publishedAt: null,
  });
  return {
    ...base,
    text: report.articleText,
    title: report.title,
    outlet: report.outletName,
    publishedAt: report.publishedAt ? report.publishedAt.toISOString().slice(0, 10) : null,
    // the scorer and `analyze --json` index the file as read; the mapping comes from the same extraction
    origin: { text: raw, span: (start, end) => mapSpanToRaw(article, start, end) },
  };
}

function idFor(file: string): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/, "")
    .replace(/[^\w.-]+/g, "-");
}
