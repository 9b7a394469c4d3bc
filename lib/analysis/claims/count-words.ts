import type { Token } from "../nlp/parse-text";
import { CASUALTY_WORDS } from "./lexicon";

// The words around a number that say what it counts when no noun follows it: a casualty word ahead
// ("nine are missing") or a verb before ("injuring around 90"), homes left behind, a rate per period.

export function casualtyOf(t: Token): string | undefined {
  return CASUALTY_WORDS[t.lower] || CASUALTY_WORDS[t.lemma] || undefined;
}

const SKIPPABLE = /^(?:AUX|ADV|PART|ADP|DET|PRON|VERB|ADJ)$/;

type Ahead = { unit: string; end: number; next: number; start?: number };

export function casualtyAhead(tokens: Token[], from: number): Ahead | null {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    const c = casualtyOf(t);
    if (c) return { unit: c, end: t.end, next: k + 1 };
    // "remained in a serious condition": the state the people are in
    if (t.lower === "condition" && /^(?:serious|critical|grave)$/.test(tokens[k - 1]?.lower ?? "")) return { unit: "critical", end: t.end, next: k + 1 };
    if (!SKIPPABLE.test(t.pos) || t.lower === "and") return null;
  }
  return null;
}

/** "injuring around 90," / "killed 12": a casualty verb right before a number that has no noun of its own. */
export function casualtyVerbBefore(tokens: Token[], at: number, after: number): Ahead | null {
  const v = tokens[at - 1];
  if (!v || v.pos !== "VERB") return null;
  const c = casualtyOf(v);
  return c ? { unit: c, end: tokens[after - 1]!.end, next: after, start: v.start } : null;
}

const LEAVING = /^(?:leave|flee|force|drive|evacuate|displace|order|make)$/;

/** "8,000 residents have been forced from their homes", "… had to leave their homes": people evacuated. */
export function leftHomes(tokens: Token[], from: number): { unit: string; end: number; next: number } | null {
  let leaving = false;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && LEAVING.test(t.lemma)) leaving = true;
    else if (leaving && (t.lemma === "home" || t.lower === "homes")) return { unit: "evacuated", end: t.end, next: k + 1 };
    else if (!SKIPPABLE.test(t.pos) || t.lower === "and") return null;
  }
  return null;
}

/** "a year", "per day" after a count, or "annually", "daily" */
const PERIOD_NOUNS: Record<string, string> = { year: "year", day: "day", week: "week", month: "month" };
const PERIOD_ADVERBS: Record<string, string> = { annually: "year", yearly: "year", daily: "day", weekly: "week", monthly: "month" };

export function perPeriod(tokens: Token[], k: number): { period: string; end: number; next: number } | null {
  // the noun run may already have taken the adverb in ("300 trains daily")
  const last = tokens[k - 1];
  if (last && PERIOD_ADVERBS[last.lower]) return { period: PERIOD_ADVERBS[last.lower]!, end: last.end, next: k };
  const t = tokens[k];
  if (!t) return null;
  if (PERIOD_ADVERBS[t.lower]) return { period: PERIOD_ADVERBS[t.lower]!, end: t.end, next: k + 1 };
  const p = tokens[k + 1];
  if (p && /^(?:a|an|per|each|every)$/.test(t.lower) && PERIOD_NOUNS[p.lower]) return { period: PERIOD_NOUNS[p.lower]!, end: p.end, next: k + 2 };
  return null;
}
