import type { DraftClaim } from "../claims/draft-claim";

// Whether two dated clauses about one thing can both be true: a truce that ended on Saturday cannot be
// broken "since Sunday"; an order lifted on Wednesday cannot still hold on Thursday. But a curfew
// imposed on Monday and lifted on Friday are two true facts, not one fact on two days.

export type TimeRelation = "conflict" | "consistent";
/** What the comparison reads of a claim. */
export type TimedFacts = Pick<DraftClaim, "phase" | "date">;

/**
 * Days in order: ISO dates when both are known, else weekdays within one week from Monday, else months
 * within one year; null when the two are not dated alike.
 */
function compareDays(a: TimedFacts, b: TimedFacts): number | null {
  const x = a.date!,
    y = b.date!;
  if (x.weekday != null && y.weekday != null) {
    if (x.iso && y.iso) return x.iso < y.iso ? -1 : x.iso > y.iso ? 1 : 0;
    return ((x.weekday + 6) % 7) - ((y.weekday + 6) % 7);
  }
  if (x.month != null && y.month != null && x.weekday == null && y.weekday == null) return x.month - y.month;
  return null;
}

/**
 * "conflict": the two days cannot both be right for one thing; "consistent": they are different points
 * in its life, both possibly true; undefined: the clauses have no phases to compare (or the same day).
 */
export function timeRelation(a: TimedFacts, b: TimedFacts): TimeRelation | undefined {
  if (!a.phase || !b.phase || !a.date || !b.date) return undefined;
  const c = compareDays(a, b);
  if (!c) return undefined;
  // order the pair so that `first` is the earlier day
  const [first, later] = c < 0 ? [a.phase, b.phase] : [b.phase, a.phase];
  if (first === later) return first === "ongoing" ? "consistent" : "conflict";
  // it ended, and then it was still going or began to go on
  if (first === "end" && (later === "since" || later === "ongoing")) return "conflict";
  // it was going on, or began, before it started
  if (later === "start" && (first === "ongoing" || first === "since")) return "conflict";
  return "consistent";
}
