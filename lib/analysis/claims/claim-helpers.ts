import type { EntityMention } from "../entities/find-entities";
import type { Sentence, Token } from "../nlp/parse-text";
import type { QuoteSpan } from "./find-quotes";
import { contentWords } from "./content-words";
import type { QuantityHit } from "./find-quantities";

export function joinText(text: string, toks: Token[]): string {
  if (!toks.length) return "";
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

const SMALL_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const VAGUE_WORDS = /^(?:dozens|scores|hundreds|thousands|millions|tens)$/;

/**
 * A count's summary as a reader would write it: "four children", "2,012 dead", "hundreds of drone and
 * artillery attacks" (a vague plural says no number), "$9,000,000,000" as "USD 9 billion".
 */
export function describeQuantity(q: QuantityHit): string {
  const mods = q.modifiers.length ? `${q.modifiers.join(" and ")} ` : "";
  if (q.qualifier && VAGUE_WORDS.test(q.qualifier)) return `${q.qualifier} of ${mods}${q.unit}`;
  return `${q.qualifier ? `${q.qualifier} ` : ""}${spellNumber(q.value, q.unit)} ${mods}${q.unit}`;
}

function spellNumber(value: number, unit: string): string {
  if (Number.isInteger(value) && value >= 0 && value <= 10 && !/^(?:%|km|m|kg|mph|km\/h|magnitude|years old|USD|GBP|EUR|JPY|INR|KRW)$/.test(unit))
    return SMALL_WORDS[value]!;
  if (value >= 1e9 && value % 1e7 === 0) return `${trim(value / 1e9)} billion`;
  if (value >= 1e6 && value % 1e4 === 0) return `${trim(value / 1e6)} million`;
  return value >= 1000 && Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

// How a report got its words: "told Norpress", "on Chirper", "in his weekly address", "quoted by Lakeland Wire".
const CHANNEL_RES = [
  /\b(?:told|telling|speaking to|in an interview with|quoted by|cited by)\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s?)+(?:news agency|agency|television|TV|radio)?)/,
  /\b(?:wrote|posted|said|writing|posting)\s+on\s+([A-Z][\w.]*)/,
  /\bin\s+(?:his|her|their|a|an)\s+((?:[\w-]+\s){0,3}(?:address|statement|interview|post|briefing|speech|broadcast|message))\b/,
  /\b(?:on|to)\s+((?:[A-Z][\w’']*\s)?state\s+(?:TV|television|media))/,
];

export function findChannel(s: string): string | undefined {
  for (const re of CHANNEL_RES) {
    const m = re.exec(s);
    if (m) return m[1]!.trim().replace(/[.,;:]+$/, "");
  }
  return undefined;
}

const NEGATORS = new Set(["not", "no", "never", "n't", "without", "nobody", "none", "neither", "nor"]);

export function isNegated(toks: Token[]): boolean {
  return toks.some((t) => NEGATORS.has(t.lower));
}

// "since the invasion" names the start; "since shortly after / the first weeks of / its aftermath" a while after.
const AFTER_WORDS = /^(?:aftermath|shortly|soon|early|earliest|first|initial|immediately|opening|weeks?|months?|days?)$/;

export function findSinceAnchor(toks: Token[]): "start" | "after" | undefined {
  const i = toks.findIndex((t) => t.lower === "since");
  if (i < 0) return undefined;
  const window = toks.slice(i + 1, i + 6);
  if (window.length === 0) return undefined;
  return window.some((t) => AFTER_WORDS.test(t.lower)) ? "after" : "start";
}

const PREDICATE_POS = new Set(["VERB", "NOUN"]);
const DIRECTION: Record<string, string> = { lower: "fall", down: "fall", higher: "rise", up: "rise" };
const PREDICATE_GAP = new Set(["ADP", "DET", "ADV", "PART", "AUX", "ADJ"]);

/**
 * The verb or noun a count hangs from: the nearest one before it ("fell 6 percent", "travelling at about
 * 130 km/h", "the limit is 80 km/h"), else the first one after it ("some 350 people on board").
 */
export function predicateOf(toks: Token[], q: QuantityHit): string | undefined {
  // "closed 8 percent lower", "ended 3% up": the direction after the figure is what it measures
  const after = toks.findIndex((t) => t.start >= q.end);
  const direction = DIRECTION[toks[after]?.lower ?? ""];
  if (direction) return direction;
  const at = toks.findIndex((t) => t.start >= q.start);
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = toks[k]!;
    if (PREDICATE_POS.has(t.pos)) return contentWords([t])[0];
    if (!PREDICATE_GAP.has(t.pos)) break;
  }
  for (let k = after; k >= 0 && k < Math.min(toks.length, after + 3); k++) {
    const t = toks[k]!;
    if (PREDICATE_POS.has(t.pos)) return contentWords([t])[0];
    if (!PREDICATE_GAP.has(t.pos)) break;
  }
  return undefined;
}

/** A year before the report's own among the few words before a count: "a fire in 2019 injured eight". */
export function earlierYear(toks: Token[], start: number, publishedAt: string | null): string | undefined {
  if (!publishedAt) return undefined;
  const at = toks.findIndex((t) => t.start >= start);
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const t = toks[k]!;
    if (t.pos === "PUNCT") break; // a year in another clause dates something else
    if (/^(?:18|19|20)\d{2}$/.test(t.text) && t.text < publishedAt.slice(0, 4)) return t.text;
  }
  return undefined;
}

/** Names of the mentions inside [s, e), from mentions sorted by start. */
export function namesWithin(byStart: EntityMention[], s: number, e: number): string[] {
  let lo = 0,
    hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < byStart.length && byStart[i]!.start < e; i++) if (byStart[i]!.end <= e) out.push(byStart[i]!.text);
  return out;
}

type Unit = { start: number; end: number; tokens: Token[] };

// A quotation that wink splits into two sentences is still one claim: join sentences a quote spans.
export function mergeAcrossQuotes(sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const s of sentences) {
    const prev = units[units.length - 1];
    if (prev && quotes.some((q) => q.start < prev.end && q.end > s.start && q.start >= prev.start - 1 && !/\n/.test(""))) {
      prev.end = s.end;
      prev.tokens = [...prev.tokens, ...s.tokens];
    } else units.push({ start: s.start, end: s.end, tokens: [...s.tokens] });
  }
  return units;
}
