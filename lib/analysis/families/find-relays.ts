import { allShingles, headlinePairs, sentenceShingles, sharedSentenceCount } from "./relay-evidence";

// Rewrites of one story that share too little prose for the copy ratio, found pair by pair from evidence a
// reader could check: whole sentences taken over, an agency credited on the page with something the two
// share, the same headline reworded with something they share, or the same set of figures. A similar
// headline or one agency credited alone is not enough: reports of one event all say "earthquake toll",
// and a batch may mix events that one agency covered.

export type RelayInput = {
  outlet: string | null;
  title?: string | null;
  text: string;
  /** agencies the page credits (a dateline, "told AFP", a photo credit), not its own outlet */
  credits: string[];
  /** quotations with who said them, as extraction read them */
  quotes: { speaker?: string; words: string }[];
  /** the figures the report gives (counts, measures, clock times), as values */
  figures: number[];
  /** share of the smaller report's prose 6-grams found in the other, per other report */
  copyShare: (other: number) => number;
};

/** One relay between reports a and b, the agency it comes from, and why, as said of either report. */
export type Relay = { a: number; b: number; agency?: string; why: (self: number) => string };

/** Whole sentences two reports must share to be one story rewritten, on that alone. */
const MIN_SHARED_SENTENCES = 3;
/** A share of common prose that independent reports of one event do not reach (they stay under 3%). */
const SOME_COPY = 0.05;
/**
 * Figures only two reports of the batch give that corroborate a similar headline. Reports of one event
 * share its figures: only ones nobody else gives say something (and not enough to corroborate a credit).
 */
const SHARED_FIGURES = 3;
/** Figures two reports must share, and the share of the longer list they make, to be one set. */
const SAME_SET_FIGURES = 6;
const SAME_SET_SHARE = 0.75;

export function findRelays(reports: RelayInput[]): Relay[] {
  const sentences = reports.map((r) => sentenceShingles(r.text));
  const everyShingle = sentences.map(allShingles);
  const sameHeadline = headlinePairs(reports.map((r) => r.title));
  const rareFigure = onlyTwo(reports.map((r) => new Set(r.figures)));
  const speakers = rareSpeakers(reports);
  const name = (k: number) => reports[k]!.outlet ?? `report ${k + 1}`;
  const out: Relay[] = [];
  for (let a = 0; a < reports.length; a++)
    for (let b = a + 1; b < reports.length; b++) {
      const ra = reports[a]!,
        rb = reports[b]!;
      const shared = sharedSentenceCount(sentences[a]!, sentences[b]!, everyShingle[a], everyShingle[b]);
      const copy = ra.copyShare(b);
      const figures = ra.figures.filter((f) => rareFigure(f) && rb.figures.includes(f)).length;
      const quote = sharedQuote(ra, rb, speakers);
      // what the two share besides a headline or a credit, in words, or null
      const corroboration =
        shared > 0
          ? `shares ${shared} sentence${shared > 1 ? "s" : ""}`
          : quote
            ? `shares a quote of ${quote}`
            : copy >= SOME_COPY
              ? `shares ${Math.round(copy * 100)}% of its wording`
              : null;
      const both = ra.credits.find((c) => rb.credits.includes(c));
      const creditor = ra.credits.length ? a : rb.credits.length ? b : -1;
      const credited = creditor >= 0 ? reports[creditor]!.credits[0]! : undefined;
      const other = (self: number) => name(self === a ? b : a);
      let why: Relay["why"] | null = null;
      if (shared >= MIN_SHARED_SENTENCES) why = (self) => `shares ${shared} sentences with ${other(self)}`;
      else if (both && corroboration) why = (self) => `credits ${both}, as ${other(self)} does, and ${corroboration} with it`;
      else if (credited && corroboration)
        why = (self) =>
          self === creditor ? `credits ${credited}; ${corroboration} with ${other(self)}` : `${corroboration} with ${other(self)}, which credits ${credited}`;
      else if (sameHeadline(a, b) && (corroboration || figures >= SHARED_FIGURES))
        why = (self) =>
          `has the headline of ${other(self)} and ${corroboration ? `${corroboration} with it` : `gives ${figures} figures with it that no other report gives`}`;
      else if (sameFigureSet(ra.figures, rb.figures)) why = (self) => `gives the same figures as ${other(self)}`;
      if (!why) continue;
      // a credit only names the family when it is not the lone evidence of one report (that one's own source)
      const agency = corroboration || shared >= MIN_SHARED_SENTENCES ? (both ?? credited) : undefined;
      out.push({ a, b, why, ...(agency ? { agency } : {}) });
    }
  return out;
}

/** A test for figures that at most two of the batch's reports give. */
function onlyTwo(sets: Set<number>[]): (f: number) => boolean {
  const df = new Map<number, number>();
  for (const s of sets) for (const f of s) df.set(f, (df.get(f) ?? 0) + 1);
  return (f) => (df.get(f) ?? 0) <= 2;
}

function sameFigureSet(a: number[], b: number[]): boolean {
  const sa = new Set(a),
    sb = new Set(b);
  let shared = 0;
  for (const f of sa) if (sb.has(f)) shared++;
  return shared >= SAME_SET_FIGURES && shared >= SAME_SET_SHARE * Math.max(sa.size, sb.size);
}

/** Speakers (by surname, accents folded) whose name appears in at most two of the batch's reports. */
function rareSpeakers(reports: RelayInput[]): Set<string> {
  const keys = new Set(reports.flatMap((r) => r.quotes.map((q) => (q.speaker ? surnameKey(q.speaker) : "")).filter(Boolean)));
  const texts = reports.map((r) => fold(r.text));
  return new Set([...keys].filter((k) => texts.filter((t) => new RegExp(`\\b${k}\\b`).test(t)).length <= 2));
}

/** Lower case without accents: "Carré" and "Carre" are one name. */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
const surnameKey = (name: string) => fold(name.trim().split(/\s+/).pop()!).replace(/[^a-z0-9]/g, "");

/** The speaker of a quotation both reports give (most of its words alike), when the speaker is rare. */
function sharedQuote(a: RelayInput, b: RelayInput, rare: Set<string>): string | null {
  for (const qa of a.quotes) {
    if (!qa.speaker || !rare.has(surnameKey(qa.speaker))) continue;
    for (const qb of b.quotes) {
      if (!qb.speaker || surnameKey(qb.speaker) !== surnameKey(qa.speaker)) continue;
      const wa = quoteWords(qa.words),
        wb = quoteWords(qb.words);
      const shared = [...wa].filter((w) => wb.has(w)).length;
      if (shared >= 3 && shared >= 0.4 * Math.min(wa.size, wb.size)) return qa.speaker;
    }
  }
  return null;
}

function quoteWords(s: string): Set<string> {
  return new Set((fold(s).match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !QUOTE_STOP.has(w)));
}

const QUOTE_STOP = new Set([
  "the",
  "and",
  "that",
  "this",
  "with",
  "for",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  "not",
  "don",
  "but",
  "you",
  "our",
  "all",
  "its",
  "it's",
  "they",
  "their",
  "from",
  "what",
  "will",
  "would",
  "been",
  "there",
]);
