import type { Line } from "./split-lines";

// Elements whose whole content is site chrome or code, never the report.
const SKIP = new Set(["head", "script", "style", "nav", "footer", "aside", "noscript", "form", "button", "svg", "figure", "template", "iframe", "select"]);
const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "section",
  "article",
  "header",
  "main",
  "br",
  "tr",
  "td",
  "th",
  "table",
  "time",
  "figcaption",
  "dd",
  "dt",
  "pre",
  "hr",
  "body",
  "html",
  "title",
]);
const TAG_RE = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][\w-]*)\b[^>]*>/g;

export function looksLikeHtml(raw: string): boolean {
  return /^\s*(?:<!DOCTYPE html|<html\b)/i.test(raw) || (raw.match(/<\/?(?:p|div|span|a|br)\b[^>]*>/gi)?.length ?? 0) > 5;
}

/**
 * Text lines of an HTML page with their raw offsets. Block tags end a line; inline tags are cut out
 * of it, so a line may be several raw pieces (`parts`) read as one.
 */
export function splitHtmlLines(raw: string): Line[] {
  const lines: Line[] = [];
  let parts: [number, number][] = [];
  let skipDepth = 0;
  let skipTag = "";
  let at = 0;
  const flush = () => {
    const trimmed = trimParts(raw, parts);
    if (trimmed.length) {
      const text = trimmed
        .map(([s, e]) => raw.slice(s, e))
        .join("")
        .replace(/\s+/g, " ");
      lines.push({ start: trimmed[0]![0], end: trimmed[trimmed.length - 1]![1], text, parts: trimmed });
    }
    parts = [];
  };
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(raw); m; m = TAG_RE.exec(raw)) {
    if (!skipDepth && m.index > at) parts.push([at, m.index]);
    at = m.index + m[0].length;
    const name = (m[1] ?? "").toLowerCase();
    const closing = m[0].startsWith("</");
    if (skipDepth) {
      if (name === skipTag) skipDepth += closing ? -1 : m[0].endsWith("/>") ? 0 : 1;
      continue;
    }
    if (SKIP.has(name) && !closing) {
      flush();
      skipDepth = 1;
      skipTag = name;
      continue;
    }
    if (BLOCK.has(name)) flush();
  }
  if (!skipDepth && at < raw.length) parts.push([at, raw.length]);
  flush();
  return lines;
}

function trimParts(raw: string, parts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s0, e0] of parts) {
    let s = s0;
    const e = e0;
    if (!out.length) while (s < e && /\s/.test(raw[s]!)) s++;
    if (s < e) out.push([s, e]);
  }
  while (out.length) {
    const last = out[out.length - 1]!;
    while (last[1] > last[0] && /\s/.test(raw[last[1] - 1]!)) last[1]--;
    if (last[1] > last[0]) break;
    out.pop();
  }
  return out.filter(([s, e]) => e > s && /\S/.test(raw.slice(s, e)));
}

/** Metadata an HTML page states in markup: <time datetime>, <title>. */
export function readHtmlMeta(raw: string): { date: string | null; title: string | null } {
  const time = /<time\b[^>]*datetime="(\d{4}-\d{2}-\d{2})/i.exec(raw) ?? /<meta[^>]+(?:published_time|date)"[^>]*content="(\d{4}-\d{2}-\d{2})/i.exec(raw);
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(raw);
  return { date: time?.[1] ?? null, title: h1 ? h1[1]!.replace(/<[^>]+>/g, "").trim() : null };
}
