import { figuresFit } from "../verdict/number-fit";
import { sameSource } from "../verdict/named-source";
import type { AlignItem } from "./score-pair";

// A report that gives two figures of one count from two named sources ("police said 87,000; the union
// 500,000") tells of a dispute: both figures belong in one row, whichever reports repeat either.

/** The link weight of a stated dispute: below every learned link, so it only joins what they left apart. */
export const COMPETING = 0.01;

const MONTH_DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})\b|\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** The days a sentence names, as "jan 19" or "tuesday" keys. */
function daysNamed(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(MONTH_DAY)) out.add(`${(m[1] ?? m[4])!.slice(0, 3).toLowerCase()} ${Number(m[2] ?? m[3])}`);
  for (const m of sentence.matchAll(WEEKDAY)) out.add(m[1]!.toLowerCase());
  return out;
}

/**
 * Two figures of one report, one unit, that cannot both be right, given by different named sources, within
 * an order of magnitude of each other, naming no different places and no different days.
 */
export function competingEstimates(a: AlignItem, b: AlignItem, byA: string, byB: string, hedges: boolean): boolean {
  const x = a.draft.quantity!,
    y = b.draft.quantity!;
  if (sameSource(byA, byB) || figuresFit(x, y, hedges) || x.value <= 0 || y.value <= 0) return false;
  if (Math.max(x.value, y.value) > 10 * Math.min(x.value, y.value)) return false;
  if (a.entityIds.length && b.entityIds.length && !a.entityIds.some((e) => b.entityIds.includes(e))) return false;
  const da = daysNamed(a.sentence ?? ""),
    db = daysNamed(b.sentence ?? "");
  return !(da.size && db.size && ![...da].some((d) => db.has(d)));
}

/**
 * Pairs of one report's counts (indices into items, one unit) that compete and are each other's nearest
 * competitor in the text: "the CGT said 2.8 million, the ministry 1.27 million" pairs those two, not the
 * union's Paris figure with the ministry's national one.
 */
export function nearestCompeting(list: number[], items: AlignItem[], givenBy: (string | null)[], hedges: boolean): [number, number][] {
  const nearest = new Map<number, number>();
  const distance = (a: number, b: number) =>
    Math.abs(items[a]!.draft.sentence - items[b]!.draft.sentence) * 1e6 + Math.abs(items[a]!.draft.start - items[b]!.draft.start);
  for (const a of list) {
    let best = -1;
    for (const b of list)
      if (b !== a && competingEstimates(items[a]!, items[b]!, givenBy[a]!, givenBy[b]!, hedges) && (best < 0 || distance(a, b) < distance(a, best))) best = b;
    if (best >= 0) nearest.set(a, best);
  }
  const out: [number, number][] = [];
  for (const [a, b] of nearest) if (a < b && nearest.get(b) === a) out.push([a, b]);
  return out;
}
