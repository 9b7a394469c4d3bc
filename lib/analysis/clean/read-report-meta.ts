import type { Provenance } from "../types";
import { BYLINE_RE, findMastheadLine, findTitleLine } from "./classify-line";
import { cleanText, type CleanedText } from "./clean-text";
import { findProvenance } from "./find-provenance";
import { findFullDate } from "./parse-date";
import { looksLikeHtml, readHtmlMeta } from "./split-html-lines";

export type ReportMeta = {
  outlet: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  byline: string | null;
  title: string | null;
  provenance: Provenance[];
};

const LABELLED_DATE_RE = /^(?:date|published|updated|posted(?: on)?)\s*:?\s*/i;
const ADAPTED_BY_RE = /\b(?:ad[a-z]{3,6}|translated|rewritten|republished)\s+by\s+(.{1,50}?)\s+from\s/i;
const APP_NAME_RE = /\b(?:download|get|install) the ([A-Z][\w&]*(?: [A-Z][\w&]*){0,2}) app\b/i;
const ON_OUTLET_RE = /\bon ([A-Z][a-z]+[A-Z]?\w*)(?: or| and|[.!,])/;
// A wire dateline opening the first paragraph: "HOLLIN, Sept 17 (Northgate Wire) - …".
const DATELINE_RE = /^[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,30})?\s+\(([A-Z][\w&.’' -]{1,40})\)\s*[-–—:]/;

/** Outlet, date, byline, headline and provenance of one raw report, for pre-filling ingest forms. */
export function readReportMeta(raw: string, cleaned: CleanedText = cleanText(raw)): ReportMeta {
  const provenance = findProvenance(raw);
  const html = looksLikeHtml(raw) ? readHtmlMeta(raw) : null;
  return {
    outlet: findOutlet(cleaned, provenance),
    publishedAt: html?.date ?? findPublished(cleaned),
    byline: findByline(cleaned),
    title: html?.title ?? cleaned.title,
    provenance,
  };
}

function findOutlet(cleaned: CleanedText, provenance: Provenance[]): string | null {
  for (const { line, kind } of cleaned.lines) {
    if (kind === "body") continue;
    const adapted = ADAPTED_BY_RE.exec(line.text);
    // "Adapted by the Coastal Post from …": the outlet is named without its article
    if (adapted) return adapted[1]!.trim().replace(/^the\s+/i, "");
  }
  const lines = cleaned.lines.map((l) => l.line);
  const masthead = findMastheadLine(lines, findTitleLine(lines));
  if (masthead) return masthead.text;
  for (const { line } of cleaned.lines) {
    const by = BYLINE_RE.exec(line.text);
    if (by?.[2]) return by[2];
  }
  const sourceLine = provenance.find((p) => p.kind === "source-line");
  if (sourceLine) return sourceLine.name;
  const firstBody = cleaned.lines.find(({ kind }) => kind === "body");
  const dateline = firstBody && DATELINE_RE.exec(firstBody.line.text);
  if (dateline) return dateline[1]!.trim();
  // Promotional footers name their own site: "download the Acme News App".
  for (const { line, kind } of cleaned.lines) {
    if (kind !== "furniture") continue;
    const app = APP_NAME_RE.exec(line.text);
    if (app) return app[1]!;
    const on = ON_OUTLET_RE.exec(line.text);
    if (on && /\b(?:download|subscribe|stay|latest)\b/i.test(line.text)) return on[1]!;
  }
  return null;
}

function findPublished(cleaned: CleanedText): string | null {
  // A labelled date ("date 2025-01-31") wins, then dates on metadata lines, skipping embedded posts.
  for (const { line, kind } of cleaned.lines) {
    const labelled = LABELLED_DATE_RE.exec(line.text);
    if (!labelled) continue;
    const d = findFullDate(line.text.slice(labelled[0].length, labelled[0].length + 30));
    if (d && d.index === 0) return d.iso;
    if (kind === "meta" && d) return d.iso;
  }
  for (const { line, kind } of cleaned.lines) {
    if (kind === "meta" || kind === "furniture") {
      const d = findFullDate(line.text);
      if (d) return d.iso;
    }
  }
  return null;
}

function findByline(cleaned: CleanedText): string | null {
  for (const { line } of cleaned.lines) {
    const m = BYLINE_RE.exec(line.text);
    if (m) return m[1]!;
  }
  return null;
}
