import type { DraftClaim } from "../claims/draft-claim";
import { intervalsMeet } from "../claims/parse-number";
import { unitFamily } from "../lexical/unit-family";
import { timeRelation } from "../verdict/time-order";

// How alike two claims are, for alignment: weighted word, context and entity overlap, with counts
// of the same unit and meeting intervals drawn together.

export type AlignItem = {
  draft: DraftClaim;
  source: number;
  entityIds: string[];
  /** for a count: its sentence in the report, to read who gives the figure */
  sentence?: string;
};

export const CASUALTY_UNITS = new Set(["dead", "injured", "missing", "rescued", "hospitalised", "casualties", "displaced", "evacuated", "critical"]);

/** What kind of lane a claim aligns in: counts and roles are compared their own way, the rest as prose. */
export type LaneKind = "quantity" | "role" | "prose";

/**
 * What pair scoring reads of a claim, copied into one object shape: drafts come in dozens of shapes
 * (their optional fields are set by many rules), and reading them pair after pair went through V8's
 * slow, megamorphic property lookups.
 */
export type PairFacts = Pick<DraftClaim, "kind" | "quantity" | "predicate" | "pairs" | "negated" | "sentence" | "phase" | "date">;

export function pairFactsOf(d: DraftClaim): PairFacts {
  return {
    kind: d.kind,
    quantity: d.quantity,
    predicate: d.predicate,
    pairs: d.pairs,
    negated: d.negated,
    sentence: d.sentence,
    phase: d.phase,
    date: d.date,
  };
}

export type Prepared = {
  item: AlignItem;
  facts: PairFacts;
  lane: string;
  laneKind: LaneKind;
  also?: string;
  /** lane, and also if any: the lanes whose postings the claim reads */
  lanes: string[];
  keys: Int32Array;
  words: Int32Array;
  context: Int32Array;
  /** the claim's sentence context, numbered: claims of one sentence share it */
  contextId: number;
  ents: Int32Array;
  /** the report's only count of this unit; or its only one of this unit hanging from this predicate */
  onlyOfUnit: boolean;
  onlyOfPredicate: boolean;
  /** total weights of words, context and entities */
  ww: number;
  wc: number;
  we: number;
  /** what the pair model's features read of the claim, filled on first use */
  extra?: import("./pair-features").ClaimExtras;
};

export function laneKindOf(item: AlignItem): LaneKind {
  return item.draft.kind === "quantity" ? "quantity" : item.draft.kind === "role" ? "role" : "prose";
}

/** Claims meet only within a lane: the same counted unit, the same person's role, who-said frames, prose. */
export function laneOf(item: AlignItem, wordnet = true): string {
  const d = item.draft;
  if (d.kind === "quantity") return `q:${unitFamily(d.quantity!.unit, wordnet)}${d.era ? `@${d.era}` : ""}`;
  if (d.kind === "role") return `r:${item.entityIds[0] ?? d.role!.person}`;
  if (d.kind === "attribution") return "a";
  return "t";
}

/**
 * The weights of one claim's words, context and entities spread over the whole vocabulary, so the
 * weight it shares with a candidate is a sum of lookups over the candidate's ids (no merging).
 */
export class Marks {
  words: Float64Array;
  context: Float64Array;
  ents: Float64Array;
  /** whose context is marked (claims of one sentence come one after another and keep it) */
  private contextId = -1;
  private contextIds: Int32Array = new Int32Array(0);
  /**
   * The context overlap of the marked context with each other context, worked out once per pair of
   * sentences: a sentence's claims meet the claims of another sentence several times over.
   */
  private readonly contextOf: Int32Array;
  private readonly contextShared: Float64Array;
  constructor(
    private w: Float64Array,
    contexts: number,
  ) {
    this.words = new Float64Array(w.length);
    this.context = new Float64Array(w.length);
    this.ents = new Float64Array(w.length);
    this.contextOf = new Int32Array(contexts).fill(-1);
    this.contextShared = new Float64Array(contexts);
  }
  set(p: Prepared) {
    for (const id of p.words) this.words[id] = this.w[id]!;
    for (const id of p.ents) this.ents[id] = this.w[id]!;
    if (p.contextId === this.contextId) return;
    for (const id of this.contextIds) this.context[id] = 0;
    for (const id of p.context) this.context[id] = this.w[id]!;
    this.contextId = p.contextId;
    this.contextIds = p.context;
  }
  clear(p: Prepared) {
    for (const id of p.words) this.words[id] = 0;
    for (const id of p.ents) this.ents[id] = 0;
  }
  /** The weight of q's context that the marked one shares. */
  sharedContext(q: Prepared): number {
    const k = q.contextId;
    if (this.contextOf[k] === this.contextId) return this.contextShared[k]!;
    this.contextOf[k] = this.contextId;
    return (this.contextShared[k] = sharedWith(this.context, q.context));
  }
}

function sharedWith(mark: Float64Array, ids: Int32Array): number {
  let shared = 0;
  for (let i = 0; i < ids.length; i++) shared += mark[ids[i]!]!;
  return shared;
}

/** The weight two claims share, of their words, their sentences' words and their names. */
export type Overlap = { words: number; context: number; ents: number };

/** The overlap of the marked claim and a candidate q, written into `into` (one scratch record, reused). */
export function measureOverlap(q: Prepared, marks: Marks, into: Overlap): Overlap {
  into.words = sharedWith(marks.words, q.words);
  into.context = marks.sharedContext(q);
  into.ents = q.ents.length ? sharedWith(marks.ents, q.ents) : 0;
  return into;
}

/** Similarity of the marked claim p and a candidate q, given their overlap (symmetric in p and q). */
export function scorePair(p: Prepared, q: Prepared, overlap: Overlap): number {
  const a = p.facts,
    b = q.facts;
  if (a.kind === "role") return 1;
  const ctx = jaccard(overlap.context, p.wc, q.wc);
  const ent = p.ents.length && q.ents.length ? jaccard(overlap.ents, p.we, q.we) : 0;
  const sharedWords = overlap.words;
  const small = Math.min(p.ww, q.ww);
  const contained = small > 0 ? sharedWords / small : 0;
  if (a.kind === "quantity") {
    const meet = intervalsMeet(a.quantity!, b.quantity!);
    // When each of the two reports gives exactly one toll of this kind, and their sentences name no
    // different places, the two tolls are likely the same fact.
    const single = p.onlyOfUnit && q.onlyOfUnit;
    const placesAgree = !(p.ents.length && q.ents.length && ent === 0);
    const casualty = CASUALTY_UNITS.has(a.quantity!.unit) ? (single && placesAgree ? 0.35 : 0.2) : otherCount(p, q, meet, single, placesAgree, ctx, ent);
    // the very same figure ("214" and "214") outweighs one that merely falls in a vague range ("hundreds")
    const same = meet && a.quantity!.value === b.quantity!.value ? 0.08 : 0;
    return (meet ? 0.4 : 0) + same + casualty + 0.6 * (0.45 * ctx + 0.25 * ent + 0.3 * contained);
  }
  const own = jaccard(sharedWords, p.ww, q.ww);
  // Two days in the life of one thing: an order lifted on Wednesday and still in force on Thursday are one
  // fact told two ways (a contradiction to show); lifted on Wednesday and imposed on Monday are two facts.
  const time = sharedWords > 0 ? timeRelation(a, b) : undefined;
  if (time === "consistent") return 0;
  const timeline = time === "conflict" ? 0.8 : 0;
  // "the villages of A and B" against "the villages of A and C": two-item lists sharing an item are
  // likely the same list, told differently
  const lists = a.pairs?.length && b.pairs?.length && shareListItem(a.pairs, b.pairs) ? 0.15 : 0;
  // two denials ("no talks since …") are more alike than their words alone say
  const denials = a.negated && b.negated ? 0.05 : 0;
  return 0.45 * own + 0.2 * contained + 0.25 * ctx + 0.1 * ent + lists + timeline + denials;
}

/**
 * Any other unit: counted once in each report, in sentences sharing words and names, or of the same
 * thing ("shares fell 6%" / "shares dropped 9%", "travelling at 130 km/h" / "at 95 km/h"), two different
 * figures are likely one count given twice: a candidate contradiction. Compatible figures that are each
 * report's only count of the unit, or that count the same thing, are likely the same count too.
 */
function otherCount(p: Prepared, q: Prepared, meet: boolean, single: boolean, placesAgree: boolean, ctx: number, ent: number): number {
  // (names differ freely here: a company's shares are traded in a city, a train runs between two)
  const a = p.facts,
    b = q.facts;
  const samePredicate = !!a.predicate && a.predicate === b.predicate && p.onlyOfPredicate && q.onlyOfPredicate;
  // two reports misstating one figure are off by a little, not by orders of magnitude
  const near = Math.max(a.quantity!.value, b.quantity!.value) <= 5 * Math.min(a.quantity!.value, b.quantity!.value);
  if (!meet) return (single && ctx > 0 && ent > 0) || (samePredicate && ctx > 0 && near) ? 0.45 : 0;
  return (single && placesAgree ? 0.1 : 0) + (samePredicate ? 0.1 : 0);
}

/** One item in common and one not: the same list told differently (the same list twice is no evidence). */
function shareListItem(pa: string[][], pb: string[][]): boolean {
  for (const x of pa) for (const y of pb) if (x.some((i) => y.includes(i)) && !x.every((i) => y.includes(i))) return true;
  return false;
}

function jaccard(shared: number, wa: number, wb: number): number {
  const all = wa + wb - shared;
  return all > 0 ? shared / all : 0;
}
