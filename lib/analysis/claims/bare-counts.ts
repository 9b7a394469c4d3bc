import type { Token } from "../nlp/parse-text";
import { casualtyOf } from "./count-words";
import type { QuantityHit } from "./find-quantities";
import { isDatePart, readQualifier } from "./find-quantities";
import { intervalFor, parseNumberWord, scaleOf } from "./parse-number";

// A figure with no noun after it: "Police said it was 87,000", "25,000 in Lyon (against 23,000)",
// "the death toll climbed to 2,122", "Omar Benhanna, 72, told AFP". What it counts is read from the
// words around it: a person it stands beside (an age), a casualty word earlier in the sentence, the last
// count of the sentence, or the count of the sentences before.

const MAX_AGE = 120;

export function readBareCount(tokens: Token[], i: number, before: QuantityHit[], contextUnit?: string): { quantity: QuantityHit; next: number } | null {
  const t = tokens[i]!;
  if (t.pos !== "NUM" || !/^\d/.test(t.text) || /[:/]/.test(t.text)) return null;
  let value = parseNumberWord(t.text, t.lower);
  if (value === null || isDatePart(tokens, i, value) || isPartOfName(tokens, i)) return null;
  let j = i + 1;
  const scale = tokens[j] ? scaleOf(tokens[j]!.lower) : null;
  if (scale) {
    value *= scale;
    j++;
  }
  const next = tokens[j];
  // "737-800", "19th", "3.5-hour": a model number, an ordinal or a measure read elsewhere
  if (next && next.start === tokens[j - 1]!.end && /^[-–\w]/.test(next.text)) return null;
  const qual = readQualifier(tokens, i);
  const start = qual ? tokens[qual.index]!.start : t.start;
  let end = tokens[j - 1]!.end;
  const age = isAge(tokens, i, j, value);
  let unit = age ? "years old" : unitFromContext(tokens, i, before, contextUnit);
  if (!unit) return null;
  // "452 in Taroudant": the place the count belongs to is part of the claim
  if (next?.lower === "in" && tokens[j + 1]?.pos === "PROPN") {
    let k = j + 1;
    while (tokens[k + 1]?.pos === "PROPN" && tokens[k + 1]!.start === tokens[k]!.end + 1) k++;
    end = tokens[k]!.end;
    j = k + 1;
  }
  if (!age && value < 2) unit = "";
  if (!unit) return null;
  const interval = intervalFor(value, qual?.phrase);
  return { quantity: { start, end, value, low: interval.low, high: interval.high, unit, qualifier: interval.qualifier, modifiers: [] }, next: j };
}

/** "Boeing 737", "Flight 2216", "Article 49": a capitalised word right before an ungrouped number names it. */
function isPartOfName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  if (!prev || t.text.includes(",")) return false;
  if (prev.end === t.start) return true; // "G7", "F-16", "$" handled before
  return /^[A-Z]/.test(prev.text) && (prev.pos === "PROPN" || prev.pos === "NOUN") && !/^[A-Z]+$/.test(prev.text.replace(/s$/, "")) && prev.lower !== "police";
}

/** "Omar Benhanna, 72, told": a number set off by commas right after a name is the person's age. */
function isAge(tokens: Token[], i: number, j: number, value: number): boolean {
  if (value < 1 || value > MAX_AGE || !/^\d+$/.test(tokens[i]!.text)) return false;
  const comma = tokens[i - 1],
    name = tokens[i - 2];
  return comma?.text === "," && name?.pos === "PROPN" && /^[,)]$|^years?$/.test(tokens[j]?.text ?? "");
}

function unitFromContext(tokens: Token[], i: number, before: QuantityHit[], contextUnit?: string): string | undefined {
  // "the death toll climbed to 2,122": a casualty word earlier in the sentence
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    const c = casualtyOf(tokens[k]!);
    if (c && tokens[k]!.pos !== "VERB") return c;
  }
  const last = before[before.length - 1];
  if (last && !/^(?:%|years old|magnitude)$/.test(last.unit)) return last.unit;
  return contextUnit;
}
