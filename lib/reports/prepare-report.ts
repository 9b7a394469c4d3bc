import { createHash } from "node:crypto";
import { cleanText } from "@/lib/analysis/clean/clean-text";
import { readReportMeta } from "@/lib/analysis/clean/read-report-meta";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/ingest/extract-html";
import type { ReportFormatName, ReportUpload } from "./report-input";

export type PreparedReport = {
  title: string | null;
  outletName: string | null;
  url: string | null;
  byline: string | null;
  publishedAt: Date | null;
  fileName: string | null;
  format: ReportFormatName;
  rawText: string;
  articleText: string;
  cleanText: string;
  contentHash: string;
  charCount: number;
};

const MIN_ARTICLE_CHARS = 20;
/**
 * The longest article text analysed: five times a long magazine feature. Files may be larger
 * (an HTML page carries its markup), but the analysis of one report grows with its text, and a
 * story's with the product of its reports' claims.
 */
export const MAX_ARTICLE_CHARS = 250_000;

/** Everything stored for one report, derived from what was uploaded; no database involved. */
export function prepareReport(upload: ReportUpload): PreparedReport {
  const label = upload.fileName ? `"${upload.fileName}"` : "The pasted text";
  // An empty text is input that fails its rule, like a Zod failure: 400. Text with no article in it is 422.
  if (!upload.text.trim()) throw new AppError("bad_request", `${label} is empty.`);
  const format = upload.format ?? guessFormat(upload.text);
  const html = format === "html" ? extractLabelled(upload.text, label) : null;
  const articleText = html ? html.text : upload.text;
  if (articleText.trim().length < MIN_ARTICLE_CHARS) {
    throw new AppError("unprocessable", `${label} has no article text to analyse.`);
  }
  if (articleText.length > MAX_ARTICLE_CHARS) {
    throw new AppError(
      "payload_too_large",
      `${label} has ${articleText.length.toLocaleString("en")} characters of article text; reports over ${MAX_ARTICLE_CHARS.toLocaleString("en")} are too large to analyse.`,
    );
  }
  const cleaned = cleanText(articleText);
  const meta = readReportMeta(articleText, cleaned);
  const published = upload.publishedAt ?? meta.publishedAt ?? dateOnly(html?.publishedTime);
  return {
    // What is read from the text is held to the lengths a user may type (report-input.ts).
    title: upload.title ?? clip(meta.title ?? html?.title, 300),
    outletName: upload.outletName ?? clip(meta.outlet ?? html?.siteName, 120),
    url: upload.url ?? null,
    byline: upload.byline ?? clip(meta.byline ?? html?.byline?.replace(/^by\s+/i, ""), 200),
    publishedAt: published ? new Date(`${published}T00:00:00Z`) : null,
    fileName: upload.fileName ?? null,
    format,
    rawText: upload.text,
    articleText,
    cleanText: cleaned.text,
    contentHash: hashArticle(articleText),
    charCount: articleText.length,
  };
}

/** Same words, same report: spacing and letter case do not make a new one. */
export function hashArticle(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}

function guessFormat(text: string): ReportFormatName {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text) ? "html" : "text";
}

function dateOnly(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match ? match[1]! : null;
}

function extractLabelled(text: string, label: string) {
  try {
    return extractArticle(text);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `${label}: ${error.message}`);
    throw error;
  }
}

function clip(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}
