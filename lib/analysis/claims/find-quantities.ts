import type { Token } from "../nlp/parse-text";
import { CASUALTY_WORDS, MONTHS, MONTH_ABBR, PERSON_NOUNS } from "./lexicon";
import { QUALIFIER_PHRASES, VAGUE, intervalFor, parseNumberWord, scaleOf } from "./parse-number";
import { casualtyAhead, casualtyOf, casualtyVerbBefore, leftHomes, perPeriod } from "./count-words";
import { readCountedNoun } from "./counted-noun";
import { ruleOn } from "../nlp/rule-switches";
import { readBareCount } from "./bare-counts";
import { currencyBefore, magnitudeAround, readArticleScale, readMoneyScale } from "./money-magnitude";

export type QuantityHit = {
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  unit: string;
  qualifier?: string;
  /** nouns in front of the counted noun: "drone and missile" in "drone and missile attacks" */
  modifiers: string[];
};

/**
 * Counts in a sentence with their qualifier interval and the (normalised) thing counted. `contextUnit` is
 * what the sentences before last counted: "Police said it was 87,000" counts what the one before did.
 */
export function findQuantities(tokens: Token[], contextUnit?: string): QuantityHit[] {
  const hits: QuantityHit[] = [];
  const bare = ruleOn("bare-counts");
  for (let i = 0; i < tokens.length; i++) {
    const hit = readQuantityAt(tokens, i) ?? (bare ? readBareCount(tokens, i, hits, contextUnit) : null);
    if (hit) {
      hits.push(hit.quantity);
      i = hit.next - 1;
    } else {
      const part = hits.length ? partOfPrevious(tokens, i, hits[hits.length - 1]!) : null;
      const none = part ? null : noneHurt(tokens, i);
      if (part) hits.push(part);
      else if (none) {
        hits.push(none.quantity);
        i = none.next - 1;
      }
    }
  }
  return hits;
}

function readQuantityAt(tokens: Token[], i: number): { quantity: QuantityHit; next: number } | null {
  const t = tokens[i]!;
  let value: number | null = null;
  let range: [number, number] | null = null;
  let j = i + 1;
  const vague = VAGUE.get(t.lower);
  // "dozens of people", or "injured dozens" with the verb saying who
  const vagueAlone = !!vague && tokens[i + 1]?.lower !== "of" && tokens[i - 1]?.pos === "VERB" && !!casualtyOf(tokens[i - 1]!);
  if (vague && (tokens[i + 1]?.lower === "of" || vagueAlone)) {
    value = vague[0];
    range = [vague[1], vague[2]];
    j = vagueAlone ? i + 1 : i + 2;
  } else if (ruleOn("money-magnitude") && readArticleScale(tokens, i)) {
    // "half a million", "a million": the article is the number
    ({ value, next: j } = readArticleScale(tokens, i)!);
  } else {
    value = parseNumberWord(t.text, t.lower);
    if (value === null || isDatePart(tokens, i, value)) return null;
    if (t.lower === "one" && tokens[i + 1]?.lower === "of") return null;
    // "no one was hurt", "every one of": a pronoun, not a count
    if (t.lower === "one" && /^(?:no|any|every|each|some)$/.test(tokens[i - 1]?.lower ?? "")) return null;
    // "Thirty-eight" read as three tokens: tens, hyphen, units
    const hyphen = tokens[i + 1],
      units = tokens[i + 2];
    if (
      value >= 20 &&
      value <= 90 &&
      value % 10 === 0 &&
      /^[a-z]/i.test(t.text) &&
      hyphen?.text === "-" &&
      units &&
      hyphen.start === t.end &&
      units.start === hyphen.end
    ) {
      const u = parseNumberWord(units.text);
      if (u !== null && u >= 1 && u <= 9) {
        value += u;
        j = i + 3;
      }
    }
    const scale = tokens[j] ? scaleOf(tokens[j]!.lower) : null;
    if (scale) {
      value *= scale;
      j++;
    }
  }
  if (ruleOn("money-magnitude")) {
    // "$9bn", "£7.5 billion": the sign says what is counted, a letter suffix may scale it
    const currency = currencyBefore(tokens, i);
    if (currency) {
      const money = readMoneyScale(tokens, j, value);
      const last = tokens[money.next - 1]!;
      return {
        quantity: { start: tokens[i - 1]!.start, end: last.end, value: money.value, low: money.value, high: money.value, unit: currency, modifiers: [] },
        next: money.next,
      };
    }
    const magnitude = magnitudeAround(tokens, i, j);
    if (magnitude) {
      const qual = readQualifier(tokens, i);
      const interval = intervalFor(value, qual?.phrase);
      return {
        quantity: {
          start: qual ? tokens[qual.index]!.start : magnitude.start,
          end: magnitude.end,
          value,
          low: interval.low,
          high: interval.high,
          unit: "magnitude",
          qualifier: interval.qualifier,
          modifiers: [],
        },
        next: magnitude.next,
      };
    }
  }
  const hyphenMeasure = tokens[j]?.text === "-";
  // "the two sides": a definite count names a known group, it does not report a number.
  const prev = tokens[i - 1];
  // A count after "the" still reports a figure ("the 181 people on board", "the eight unions", "the two
  // survivors"); with the bare-counts family off, only a figure with no definite article is read.
  // "one of the two pumps": the whole a part is taken from is known, not reported.
  const definite = !!prev && (prev.lower === "the" || prev.lower === "these" || prev.lower === "those");
  if (!hyphenMeasure && definite && (!ruleOn("bare-counts") || tokens[i - 2]?.lower === "of")) return null;
  const qual = readQualifier(tokens, i);
  let start = qual ? tokens[qual.index]!.start : t.start;
  let unit: string;
  let end: number;
  let next: number;
  let modifiers: string[] = [];
  // "7.4%": the sign is the unit
  if (tokens[j]?.text === "%" && tokens[j]!.start === tokens[j - 1]!.end) {
    const interval = intervalFor(value, qual?.phrase);
    return {
      quantity: { start, end: tokens[j]!.end, value, low: interval.low, high: interval.high, unit: "%", qualifier: interval.qualifier, modifiers: [] },
      next: j + 1,
    };
  }
  const ofGroup = tokens[j]?.lower === "of" && /^(?:them|whom|those|us)$/.test(tokens[j + 1]?.lower ?? "");
  // "9,500 last week": a time phrase after a number is when, not what it counts
  const when = /^(?:last|next|this|previous|earlier|later|that)$/.test(tokens[j]?.lower ?? "");
  const noun = ofGroup || when ? null : readCountedNoun(tokens, j);
  if (!noun) {
    // "nine are missing", "seven of whom were critical", "193 survived": the word after says what is counted;
    // "killing 11 and injuring around 90,": the verb before does
    const ahead = casualtyAhead(tokens, ofGroup ? j + 2 : j) ?? casualtyVerbBefore(tokens, qual ? qual.index : i, j);
    if (ahead) ({ unit, end, next } = ahead);
    else {
      // "seven of the train's nine carriages": a part of a counted whole; the whole is read as its own count
      const part = tokens[j]?.lower === "of" && t.lower !== "one" ? wholeAfter(tokens, j) : null;
      if (!part) return null;
      ({ unit, end } = part);
      next = j;
    }
    if (ahead && ahead.start !== undefined) start = Math.min(start, ahead.start);
  } else {
    ({ unit, end, next, modifiers } = noun);
    if (PERSON_NOUNS.has(unit)) {
      const before = tokens[(qual ? qual.index : i) - 1];
      const ahead = casualtyAhead(tokens, noun.next) ?? leftHomes(tokens, noun.next);
      if (ahead) ({ unit, end, next } = ahead);
      else if (before && casualtyOf(before)) {
        unit = casualtyOf(before)!;
        start = before.start;
      } else unit = "people";
    } else if (CASUALTY_WORDS[unit]) unit = CASUALTY_WORDS[unit]!;
  }
  // "70 kilometres an hour", "70 km/h"
  // "h." when the rate ends the sentence
  const rate =
    tokens[next]?.text === "/" && /^h\.?$/.test(tokens[next + 1]?.lower ?? "")
      ? 2
      : /^(?:an|per|a)$/.test(tokens[next]?.lower ?? "") && tokens[next + 1]?.lower === "hour"
        ? 2
        : 0;
  if (rate && (unit === "km" || unit === "miles")) {
    const last = tokens[next + rate - 1]!;
    unit = unit === "km" ? "km/h" : "mph";
    end = last.text.endsWith(".") ? last.end - 1 : last.end;
    next += rate;
  } else {
    // "40 million passengers a year", "300 flights a day": a rate, not a count of the same kind
    const per = perPeriod(tokens, next);
    if (per) {
      unit = `${unit}/${per.period}`;
      end = per.end;
      next = per.next;
    }
  }
  const interval = range ? { low: range[0], high: range[1], qualifier: t.lower } : intervalFor(value, qual?.phrase);
  return {
    quantity: { start, end, value, low: interval.low, high: interval.high, unit, qualifier: interval.qualifier, modifiers },
    next,
  };
}

/** "Eleven were injured, two of them seriously": a part of the count before, counted as its own kind. */
function partOfPrevious(tokens: Token[], i: number, previous: QuantityHit): QuantityHit | null {
  const t = tokens[i]!,
    how = tokens[i + 3];
  if (tokens[i + 1]?.lower !== "of" || !/^(?:them|whom)$/.test(tokens[i + 2]?.lower ?? "") || !how || how.pos !== "ADV") return null;
  const value = parseNumberWord(t.text);
  if (value === null || value >= previous.value) return null;
  return { start: t.start, end: how.end, value, low: value, high: value, unit: `${how.lower} ${previous.unit}`, modifiers: [] };
}

/** "nobody was hurt", "no one had been injured", "none of which caused injuries": a count of zero. */
function noneHurt(tokens: Token[], i: number): { quantity: QuantityHit; next: number } | null {
  const t = tokens[i]!;
  let j: number;
  if (t.lower === "nobody") j = i + 1;
  else if (t.lower === "no" && tokens[i + 1]?.lower === "one") j = i + 2;
  else if (t.lower === "none") j = tokens[i + 1]?.lower === "of" ? i + 3 : i + 1;
  else return null;
  const ahead = casualtyAhead(tokens, j);
  if (!ahead || (ahead.unit !== "injured" && ahead.unit !== "dead")) return null;
  return { quantity: { start: t.start, end: ahead.end, value: 0, low: 0, high: 0, unit: ahead.unit, modifiers: [] }, next: ahead.next };
}

/** "of the train's nine carriages", "of its 40 engines": the counted whole a part is taken from. */
function wholeAfter(tokens: Token[], of: number): { unit: string; end: number } | null {
  for (let k = of + 1; k < Math.min(tokens.length, of + 6); k++) {
    const t = tokens[k]!;
    if (t.pos === "NUM" && parseNumberWord(t.text, t.lower) !== null) {
      const noun = readCountedNoun(tokens, k + 1);
      return noun ? { unit: noun.unit, end: noun.end } : null;
    }
    if (!/^(?:DET|PART|NOUN|PROPN|ADJ|PRON)$/.test(t.pos)) return null;
  }
  return null;
}

export function isDatePart(tokens: Token[], i: number, value: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  const next = tokens[i + 1]?.lower ?? "";
  const isMonth = (w: string) => MONTHS.includes(w) || MONTH_ABBR.has(w.replace(/\.$/, ""));
  if (isMonth(prev) || isMonth(next)) return true;
  if (/^\d{4}$/.test(tokens[i]!.text) && value >= 1800 && value <= 2100) return true;
  if (/^\d{1,2}:\d{2}$/.test(tokens[i]!.text)) return true;
  if (/^(?:a\.?m\.?|p\.?m\.?|gmt|utc|o'clock|o’clock|hrs)$/.test(next)) return true;
  return false;
}

export function readQualifier(tokens: Token[], i: number): { index: number; phrase: string } | null {
  for (const len of [3, 2, 1]) {
    if (i - len < 0) continue;
    const phrase = tokens
      .slice(i - len, i)
      .map((t) => t.lower)
      .join(" ");
    if (QUALIFIER_PHRASES.includes(phrase)) return { index: i - len, phrase };
  }
  return null;
}
