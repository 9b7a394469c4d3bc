import { countWords } from "./classify-line";
import type { Line } from "./split-lines";

// Page furniture told by its shape and place, not by one site's wording: teasers of other stories above or
// below the article (lines whose words the article never uses), photo captions ending in a credit, bylines
// behind a list dash, "Read more: …" link-outs in any casing, and dash-framed subheadings.

const LINK_OUT_RE =
  /^\W*(?:read more|read also|also read|see also|more on this|more from|related(?: stories| articles| coverage)?|watch|listen|recommended|don'?t miss|must read|further reading|more news)\s*[:|>»\-–—]/i;
const CREDIT_RE = /\((?:[^()]{0,80}\/\s*[A-Z][\w .&-]{1,40}|(?:photo|image|picture|credit|file photo|illustration)\b[^()]{0,80})\)\s*$/i;
const CREDIT_TAIL_RE =
  /(?:^|\s)(?:photo|image|picture)s?\s*(?:credit)?\s*[:/]\s*[A-Z][^.]{0,60}$|\b(?:getty images|shutterstock|reuters\/|afp\/|ap photo)[^.]{0,40}$/i;
const DASH_FRAMED_RE = /^[-–—]\s.{1,120}\s[-–—]$/;
const LIST_BYLINE_RE = /^[-–—•*·]\s*[Bb]y\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von|le|la))*\s*$/;
const TIMESTAMP_RE =
  /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?$/i;

/** A line that is furniture by its own shape, wherever it sits. */
export function isShapedFurniture(t: string): boolean {
  const words = countWords(t);
  if (words > 40) return false;
  // "AllAfrica / Maghreb Arabe Presse (Rabat)", "Death Toll Reaches 2,012 (Updated)": a label with a note
  if (words <= 8 && /\)$/.test(t) && !/[.!?…"”’]$/.test(t.replace(/\s*\([^()]*\)$/, ""))) return true;
  // "WAM (Emirates News Agency), via Big News Network": a credit line
  if (words <= 10 && /\bvia\s+[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*$/.test(t)) return true;
  if (isTitleCaseHeading(t)) return true;
  return LINK_OUT_RE.test(t) || DASH_FRAMED_RE.test(t) || LIST_BYLINE_RE.test(t) || TIMESTAMP_RE.test(t) || isCaption(t);
}

const MINOR_WORDS = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|vs\.?|its?)$/i;

/** "Emergency Landing Gone Wrong: What Really Happened At Muan Airport": a heading, not a sentence. */
function isTitleCaseHeading(t: string): boolean {
  if (/[.!?…"”’]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.test(w));
  if (words.length < 5 || words.length > 16) return false;
  return words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= 0.8 * words.length;
}

/** "Protesters walk … in Paris (Thibault Camus/AP)": a caption ends in its photo's credit. */
function isCaption(t: string): boolean {
  return CREDIT_RE.test(t) || CREDIT_TAIL_RE.test(t);
}

const STOP = new Set(
  "that with from have were this which their about said says will would been into than they there after before when while where more most other some such also only over under these those just many much very what your them then here being could should".split(
    " ",
  ),
);

function contentWords(t: string): string[] {
  const out: string[] = [];
  for (const m of t.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]{3,}/gu)) if (!STOP.has(m[0])) out.push(m[0].replace(/['’]s$/, ""));
  return out;
}

/**
 * Lines above the article's first paragraph that share almost none of their words with the headline or
 * the story: teasers of other stories (headline and truncated blurb) at the top of a page. The story
 * starts at the first body line that shares two words with the headline. `kept[i]` says a line is still
 * body; the indexes returned are lines to drop.
 */
/**
 * A standfirst (deck): one line of a headline's length with no sentence punctuation, between the headline
 * and the first paragraph ("Unions announce two further strike days against plan to raise retirement age to 64").
 */
export function isStandfirst(t: string): boolean {
  const words = countWords(t);
  return words >= 6 && words <= 30 && !/[.!?…"”’)\]:;]$/.test(t.trim());
}

export function findUnrelatedEdgeLines(lines: Line[], kept: boolean[], title: Line | null): number[] {
  const head = title ?? lines[0];
  if (!head) return [];
  const titleWords = new Set(contentWords(head.text));
  // lines are read one by one up to the story's first line: most pages have nothing above it but the
  // headline, and then no other line's words are needed
  const words: string[][] = [];
  const wordsOf = (i: number) => (words[i] ??= [...new Set(contentWords(lines[i]!.text))]);
  let start = -1;
  let above = 0;
  for (let i = 0; i < lines.length && start < 0; i++) {
    if (lines[i] === head || !kept[i]) continue;
    if (wordsOf(i).filter((w) => titleWords.has(w)).length >= 2) start = i;
    else above++;
  }
  // teasers come in runs (headline, blurb, headline…): a lone odd line above the story stays
  if (start < 0 || above < 2) return [];
  // when most of the page sits above that line, the headline was misread: nothing is dropped
  const size = (from: number, to: number) => lines.slice(from, to).reduce((n, l, k) => n + (kept[from + k] ? countWords(l.text) : 0), 0);
  if (size(0, start) * 2 > size(0, lines.length)) return [];
  const story = new Set<string>(titleWords);
  for (let i = start; i < lines.length; i++) if (kept[i]) for (const w of wordsOf(i)) story.add(w);
  const unrelated = (i: number) => {
    const ws = wordsOf(i);
    const shared = ws.filter((w) => story.has(w)).length;
    return ws.length >= 2 && shared <= 2 && shared / ws.length < 0.2;
  };
  const run: number[] = [];
  for (let i = 0; i < start; i++) if (lines[i] !== head && kept[i] && unrelated(i)) run.push(i);
  return run.length >= 2 ? run : [];
}
