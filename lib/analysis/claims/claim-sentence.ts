import type { Token } from "../nlp/parse-text";
import type { EntityMention } from "../entities/find-entities";
import type { DraftClaim } from "./draft-claim";
import type { DateHit } from "./find-dates";
import type { QuoteSpan } from "./find-quotes";
import { findDates } from "./find-dates";
import { contentWords } from "./content-words";
import { findChannel, namesWithin } from "./claim-helpers";
import { findSpeaker, lastPersonBefore } from "./find-speaker";

/** What every claim stage reads about one sentence (or quote-joined run of sentences) of a report. */
export type ClaimSentence = {
  text: string;
  publishedAt: string | null;
  /** the sentence's position in the report */
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** content lemmas of the whole sentence */
  context: string[];
  quotes: QuoteSpan[];
  inQuote: (t: Token) => boolean;
  /** the last person named before the sentence, for "he said" */
  lastPerson: string | undefined;
  dates: DateHit[];
  speaker: string | undefined;
  channel: string | undefined;
  /** the report's entities sorted by start */
  byStart: EntityMention[];
};

/** The report-wide inputs a sentence record is cut from. */
export type ReportFacts = { text: string; publishedAt: string | null; quotes: QuoteSpan[]; persons: EntityMention[]; byStart: EntityMention[] };

export const never = () => false;

/** Gathers what the stages share about one sentence: its quotations, dates, speaker and channel. */
export function readSentence(report: ReportFacts, unit: { start: number; end: number; tokens: Token[] }, index: number): ClaimSentence {
  const { text, publishedAt } = report;
  const toks = unit.tokens;
  const quotes = report.quotes.filter((q) => q.start >= unit.start && q.end <= unit.end + 1);
  // most sentences quote nobody: then no token needs checking
  const inQuote = quotes.length === 0 ? never : (t: Token) => quotes.some((q) => t.start >= q.innerStart && t.end <= q.innerEnd);
  const lastPerson = lastPersonBefore(report.persons, unit.start);
  return {
    text,
    publishedAt,
    index,
    start: unit.start,
    end: unit.end,
    tokens: toks,
    context: contentWords(toks),
    quotes,
    inQuote,
    lastPerson,
    dates: findDates(toks, publishedAt),
    speaker: findSpeaker(toks, inQuote, lastPerson),
    // only quotations carry a channel: most sentences quote nobody, so skip its patterns there
    channel: quotes.length ? findChannel(text.slice(unit.start, unit.end)) : undefined,
    byStart: report.byStart,
  };
}

/** Entity names written between two offsets of the report. */
export function namesIn(s: ClaimSentence, start: number, end: number): string[] {
  return namesWithin(s.byStart, start, end);
}

/** A new claim of the sentence over [start, end), with its summary and names; stages add the rest. */
export function newClaim(s: ClaimSentence, kind: DraftClaim["kind"], start: number, end: number, words: string[]): DraftClaim {
  return {
    kind,
    start,
    end,
    summary: oneLine(s.text.slice(start, end)),
    names: namesIn(s, start, end),
    words,
    context: s.context,
    negated: false,
    sentence: s.index,
    publishedAt: s.publishedAt,
  };
}

/** The quoted words with who said them and through what, as a quote claim carries them. */
export function quoteOf(s: ClaimSentence, from: number, to: number): NonNullable<DraftClaim["quote"]> {
  return { words: s.text.slice(from, to), ...(s.speaker ? { speaker: s.speaker } : {}), ...(s.channel ? { channel: s.channel } : {}) };
}

/** Tokens of the sentence within [from, to]. */
export function tokensWithin(toks: Token[], from: number, to: number): Token[] {
  return toks.filter((t) => t.start >= from && t.end <= to);
}

/** Words that are not punctuation. */
export function wordsIn(toks: Token[]): number {
  return toks.filter((t) => t.pos !== "PUNCT").length;
}

const SPACE_RUN = /\s{2,}|[^\S ]/;

function oneLine(s: string): string {
  return SPACE_RUN.test(s) ? s.replace(/\s+/g, " ") : s;
}
