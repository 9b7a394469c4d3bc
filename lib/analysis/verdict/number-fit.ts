import { intervalsMeet } from "../claims/parse-number";
import type { Quantity } from "../types";

// Whether two reported figures can both be true once their hedges are read as a journalist reads them.
// A hedge bounds a round figure by the precision it is written to: "more than 2,000" fits 2,012 (which
// rounds down to it) but "at least 3" does not fit 6, which nobody would write as "at least 3".

const LOWER = /^(?:at least|more than|over|upwards of|in excess of|just over|no fewer than|no less than|a minimum of|exceeding)$/;
const UPPER = /^(?:nearly|almost|close to|just under|fewer than|less than|under|below|up to|as many as|at most|a maximum of|no more than)$/;
const APPROXIMATE = /^(?:around|about|approximately|roughly|some|an estimated|estimated|circa|an approximate|approx\.?)$/;
/** An approximation allows at least this share of its figure either way, however finely it is written. */
const APPROXIMATE_SHARE = 0.05;

/** The place value of a figure's last non-zero digit: 2,000 → 1,000; 2,100 → 100; 2,012 → 1; 1.27 million → 10,000. */
export function precisionOf(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  let unit = 10 ** Math.floor(Math.log10(value));
  // fractions of a unit ("6.8", "1.27") step down until the figure is a whole number of them
  for (let i = 0; i < 12 && Math.abs(value / unit - Math.round(value / unit)) > 1e-9; i++) unit /= 10;
  return unit;
}

/**
 * The values a hedged figure allows; null when the hedge is not a bound (vague plurals keep their range).
 * `byPrecision`: an approximation allows what rounds to its figure; otherwise the extraction's wider range.
 */
export function hedgedRange(q: Quantity, byPrecision = true): [number, number] | null {
  const h = q.qualifier?.toLowerCase();
  if (!h) return [q.value, q.value];
  const unit = precisionOf(q.value);
  if (LOWER.test(h)) return [q.value, q.value + unit];
  if (UPPER.test(h)) return [q.value - unit, q.value];
  // "around 3,000" allows what rounds to 3,000; "around 1.1 million" is not 1 million
  if (byPrecision && APPROXIMATE.test(h)) {
    const slack = Math.max(unit / 2, APPROXIMATE_SHARE * q.value);
    return [q.value - slack, q.value + slack];
  }
  return null;
}

/** Spans of time: "the deadliest in more than 60 years" is open-ended, not a rounded 60. */
const SPANS = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"]);

/**
 * Whether two figures of one count can both be right. `hedges` off: the extraction's own intervals.
 * `strict`: an approximation is held to its precision, as a verdict should; alignment, which asks only
 * whether two figures may be one count told twice, reads approximations loosely.
 */
export function figuresFit(a: Quantity, b: Quantity, hedges: boolean, strict = true): boolean {
  if (!hedges || a.unit !== b.unit || SPANS.has(a.unit)) return intervalsMeet(a, b);
  const ra = hedgedRange(a, strict) ?? [a.low, a.high],
    rb = hedgedRange(b, strict) ?? [b.low, b.high];
  return (ra[0] <= rb[1] && rb[0] <= ra[1]) || (!a.qualifier && !b.qualifier && closeByRounding(a, b));
}

/**
 * 1.27 million and 1.272 million, 2,000 and 2,012: the coarser figure is the finer one rounded. Only
 * figures rounded to hundreds or coarser read as rounded: "180" against "181", or magnitude 7 against
 * 6.8, are two different figures.
 */
function closeByRounding(a: Quantity, b: Quantity): boolean {
  const coarse = precisionOf(a.value) >= precisionOf(b.value) ? a : b,
    fine = coarse === a ? b : a;
  const unit = precisionOf(coarse.value);
  return unit >= 100 && Math.abs(fine.value - coarse.value) < unit / 2;
}
