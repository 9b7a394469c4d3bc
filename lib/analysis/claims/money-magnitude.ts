import type { Token } from "../nlp/parse-text";
import { scaleOf } from "./parse-number";

// Figures whose unit is a sign or a scale word rather than a counted noun: money ("$9bn", "£7.5 billion"),
// an article standing for one ("half a million", "a million"), a quake's magnitude, a person's age.

const CURRENCY: Record<string, string> = { $: "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW" };
const LETTER_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

export function currencyBefore(tokens: Token[], i: number): string | null {
  const sign = tokens[i - 1];
  if (!sign || sign.end !== tokens[i]!.start) return null;
  return CURRENCY[sign.text] ?? null;
}

/** "9" + "bn", "7.5" + "billion": the money's value and the token after it. */
export function readMoneyScale(tokens: Token[], j: number, value: number): { value: number; next: number } {
  const t = tokens[j];
  if (!t) return { value, next: j };
  const letter = t.start === tokens[j - 1]!.end ? LETTER_SCALE[t.lower] : undefined;
  if (letter) return { value: value * letter, next: j + 1 };
  // scaleOf has already been applied by the caller for a scale word
  return { value, next: j };
}

/** "half a million", "a million", "a thousand": the value and the token after the scale word. */
export function readArticleScale(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i]!;
  if (t.lower === "half" && /^an?$/.test(tokens[i + 1]?.lower ?? "")) {
    const scale = tokens[i + 2] ? scaleOf(tokens[i + 2]!.lower) : null;
    return scale && scale >= 1000 ? { value: scale / 2, next: i + 3 } : null;
  }
  if (t.lower === "a" || t.lower === "an") {
    const scale = tokens[i + 1] ? scaleOf(tokens[i + 1]!.lower) : null;
    // "a million", but not "a thousand times" read twice: the article alone is the number one
    return scale && scale >= 1000 ? { value: scale, next: i + 2 } : null;
  }
  return null;
}

/**
 * "magnitude 6.8 earthquake", "a quake of magnitude 6.8", "6.8 magnitude quake", "6.8-magnitude": the
 * number measures the quake. Returns the span's start, end and the token after it.
 */
export function magnitudeAround(tokens: Token[], i: number, j: number): { start: number; end: number; next: number } | null {
  const prev = tokens[i - 1];
  if (prev && prev.lower === "magnitude") return { start: prev.start, end: tokens[j - 1]!.end, next: j };
  let k = j;
  if (tokens[k]?.text === "-" && tokens[k]!.start === tokens[k - 1]!.end) k++;
  if (tokens[k]?.lower === "magnitude") return { start: tokens[i]!.start, end: tokens[k]!.end, next: k + 1 };
  return null;
}
