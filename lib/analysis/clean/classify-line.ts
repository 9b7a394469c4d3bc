import { MONTHS, MONTH_ABBR, WEEKDAYS } from "../claims/lexicon";
import { findFullDate } from "./parse-date";
import type { Line } from "./split-lines";

export type LineKind = "body" | "title" | "furniture" | "meta" | "embed";

// Vocabulary of site chrome: accounts, newsletters, apps, comments, sharing, navigation.
const PROMO_RE =
  /\b(?:log ?in|log ?out|sign ?(?:in|up)|register(?:ed|ing)?|guests?|members? can|this topic|reply to|subscribe|subscription|newsletters?|download|apps?|create an account|members?|membership|comments?|follow us|click|tap here|stay (?:on top|updated|informed|tuned)|curated|cookies?|privacy policy|terms of (?:use|service)|advertisement|sponsored|recommended|recently browsing|share (?:this|on)|podcasts?|live updates|on social media|jump to|skip to|read more|all rights reserved|copyright|the latest (?:[\w-]+ ){0,3}(?:news|updates|trends))\b/gi;
const IMPERATIVE_RE =
  /^(?:discover|find|stay|get|sign|subscribe|download|join|follow|read|click|tap|explore|check|watch|listen|create|register|share|don't miss|never miss)\b/i;
const READER_RE = /\b(?:you|your)\b|!/i;
const REACTION_RE = /^[\s\d•·|:,.+-]*(?:(?:likes?|thumbs (?:up|down)|reactions?|shares?|comments?|views?|replies)[\s\d•·|:]*)*$/i;
const TAGS_RE = /^\W*(?:tags?|topics?|related|filed under)\s*:/i;
const EMBED_RE = /pic\.twitter\.com\/\S+|\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/;
const SOURCE_LINE_RE = /^(?:sources?|courtesy(?: of)?|via|credit)\s*[:\-–—]/i;
const ADAPTED_RE = /\b(?:ad[a-z]{3,6}|translated|rewritten|republished)\s+(?:by\s+.{1,50}?\s+)?from\s+\S/i;
export const BYLINE_RE =
  /^[Bb]y\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:(?:,\s*|\s+for\s+)((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})|\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?$/;
const SENTENCE_END_RE = /[.!?…"”’)\]]$/;

/** Whitespace-separated words holding at least one letter or digit. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[i]!))) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordChar(c, s, i)) {
      n++;
      counted = true;
    }
  }
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isWordChar(c: number, s: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  // a letter outside the basic plane is a surrogate pair: test both halves together
  return LETTER_OR_DIGIT.test(c >= 0xd800 && c <= 0xdbff ? s.slice(i, i + 2) : s[i]!);
}

export function normaliseForCompare(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const CALENDAR = new Set([...MONTHS, ...MONTH_ABBR, ...WEEKDAYS]);
const MASTHEAD_RE = /^(?:The\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|\d{1,2})){0,3}$/;

/** A masthead: the outlet's name alone on a line above the headline ("The Daily Tide"). */
export function findMastheadLine(lines: Line[], title: Line | null): Line | null {
  for (const line of lines.slice(0, 6)) {
    if (line === title) return null;
    const t = line.text;
    // a short number may be part of the name ("Channel 4 News"), a date may not
    if (
      MASTHEAD_RE.test(t) &&
      !/\d{3}/.test(t) &&
      !findFullDate(t) &&
      !CALENDAR.has(t.split(/\s/)[0]!.toLowerCase().replace(/\.$/, "")) &&
      !isPromo(t) &&
      countWords(t) <= 4
    )
      return line;
  }
  return null;
}

/** The headline: an early, short, title-like line with no sentence punctuation. */
export function findTitleLine(lines: Line[]): Line | null {
  for (const line of lines.slice(0, 8)) {
    const t = line.text;
    const words = countWords(t);
    // a page's first line may be a headline that asks ("What Really Happened At …?")
    const asks = line === lines[0] && t.endsWith("?") && !/["“”]/.test(t);
    if (words >= 4 && words <= 25 && (asks || !SENTENCE_END_RE.test(t)) && !/[:;]$/.test(t) && !isPromo(t) && !findFullDate(t)) return line;
    if (words > 25) return null; // the body has started: no headline
  }
  return null;
}

/**
 * Short lines naming site features (members, log-in, guests), or telling the reader to do something
 * ("Listen to … every hour"), above the first or below the last paragraph.
 */
export function isEdgePromo(t: string): boolean {
  return countWords(t) <= 12 && !/["“”]/.test(t) && ((t.match(PROMO_RE)?.length ?? 0) > 0 || IMPERATIVE_RE.test(t));
}

export function classifyLine(line: Line, title: string | null): LineKind {
  const t = line.text;
  // A long paragraph of prose is body text; only an embedded post can hide in one.
  if (t.length > 300 && !t.includes("pic.twitter.com") && !t.includes("(@")) return "body";
  if (EMBED_RE.test(t)) return "embed";
  // normalising never lengthens a line: a shorter line cannot be the headline
  if (title && t.length >= title.length && t.length <= 2 * title.length + 20 && normaliseForCompare(t) === title) return "title";
  if (SOURCE_LINE_RE.test(t) || BYLINE_RE.test(t)) return "meta";
  const words = countWords(t);
  if (ADAPTED_RE.test(t) && words <= 14) return "meta";
  if (REACTION_RE.test(t) || TAGS_RE.test(t)) return "furniture";
  const date = words <= 10 && /\d/.test(t) ? findFullDate(t) : null;
  if (date && words <= 10 && !SENTENCE_END_RE.test(t.replace(/\d{4}$/, ""))) return "meta";
  if (isPromo(t)) return "furniture";
  // Short lines with no sentence punctuation are labels, buttons, captions and menus.
  if (words < 8 && !SENTENCE_END_RE.test(t)) return "furniture";
  if (words <= 2) return "furniture";
  return "body";
}

function isPromo(t: string): boolean {
  if (/["“”]/.test(t)) return false; // quoted speech is reporting, even when it mentions an app
  // a long paragraph is reporting whatever words it contains; skip the expensive vocabulary scan
  if (t.length > 400) return false;
  const hits = t.match(PROMO_RE)?.length ?? 0;
  if (hits === 0) return false;
  const words = countWords(t);
  if (hits >= 2 && (words <= 14 || READER_RE.test(t) || IMPERATIVE_RE.test(t))) return true;
  return IMPERATIVE_RE.test(t) || (READER_RE.test(t) && words <= 40) || words <= 6;
}
