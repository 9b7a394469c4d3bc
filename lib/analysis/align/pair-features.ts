import { SPEECH_VERBS } from "../claims/lexicon";
import { commonUnit } from "../claims/parse-number";
import type { KinIndex } from "../lexical/kin-index";
import { clockTimes } from "../verdict/clock-time";
import { figuresFit } from "../verdict/number-fit";
import { timeRelation } from "../verdict/time-order";
import type { EngineFlags } from "./engine-flags";
import type { FeatureSpace } from "./feature-vectors";
import { belowCutoff, type LaneCutoff } from "./lane-cutoff";
import { CASUALTY_UNITS, type Overlap, type Prepared } from "./score-pair";

// What the pair model sees of two claims: overlaps of their words, sentences and names, WordNet's
// word kinship, and for counts how their figures, hedges and predicates compare. Every value is in [0, 1]
// (or a small capped magnitude) so one learned weight per feature reads the same on every event.

export const FEATURE_NAMES = [
  "hand",
  "words",
  "contained",
  "context",
  "entities",
  "entityClash",
  "wordnetWords",
  "wordnetContained",
  "negationDiffers",
  "timeConflict",
  "clockSame",
  "clockDiffers",
  "sameKind",
  "sentenceGap",
  "meet",
  "sameValue",
  "logRatio",
  "onlyOfUnit",
  "samePredicate",
  "casualty",
  "hedgeDiffers",
  "bothAttributed",
  "sameLane",
] as const;

/** Words that put a statement in someone's mouth: "according to", "said", "counted", "estimated". */
const ATTRIBUTION = new Set([...SPEECH_VERBS, "accord", "count", "tally"]);
const attributed = (context: readonly string[]) => context.some((w) => ATTRIBUTION.has(w));
export type FeatureName = (typeof FEATURE_NAMES)[number];
const SPAN_UNITS = new Set(["days", "years", "hours", "minutes", "seconds", "decades"]);
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;
const F = FEATURE_INDEX;

export type PairInputs = {
  p: Prepared;
  q: Prepared;
  overlap: Overlap;
  hand: number;
  space: FeatureSpace;
  w: Float64Array;
  flags: EngineFlags;
  /** WordNet kinship of the batch's words; null without WordNet */
  kinIndex: KinIndex | null;
};

/** What pairFeatures reads of one claim, worked out once per claim and alignment run. */
export type ClaimExtras = {
  clocks: number[];
  attributed: boolean;
  words: string[];
  weights: number[];
  /** each word's id in the batch's KinIndex (-1: no WordNet sense), and the distinct ids of the claim */
  kinIds: Int32Array;
  kinSet: Int32Array;
  /** the weight of all the claim's words WordNet knows: the most kinship can add on its side */
  kinTotal: number;
  /** every word kin of one of the claim's words (see KinIndex.kinMask), and its own words, as bit sets; null: test word by word */
  kinMask: Uint32Array | null;
  ownMask: Uint32Array | null;
};

function extrasOf(p: Prepared, space: FeatureSpace, w: Float64Array, flags: EngineFlags, kinIndex: KinIndex | null): ClaimExtras {
  if (p.extra) return p.extra;
  const d = p.item.draft;
  const words = flags.wordnet && kinIndex ? d.words.filter((x) => !hasDigit(x)) : [];
  const kinIds = new Int32Array(words.length);
  const weights: number[] = [];
  for (let i = 0; i < words.length; i++) {
    kinIds[i] = kinIndex!.idOf(words[i]!);
    const id = space.lookup(words[i]!);
    weights.push(id >= 0 ? w[id]! : 1);
  }
  const kinSet = distinctIds(kinIds);
  let kinTotal = 0;
  for (let i = 0; i < words.length; i++) if (kinIds[i]! >= 0) kinTotal += Math.max(0, weights[i]!);
  const kinMask = kinIndex && kinSet.length ? kinIndex.kinMask(kinSet) : null;
  const ownMask = kinMask && new Uint32Array(kinMask.length);
  if (ownMask) for (const id of kinSet) ownMask[id >>> 5]! |= 1 << (id & 31);
  p.extra = { clocks: clockTimes(d.summary), attributed: attributed(d.context), words, weights, kinIds, kinSet, kinTotal, kinMask, ownMask };
  return p.extra;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The distinct ids of a claim's words that have one (a claim has a dozen words: a scan beats a Set). */
function distinctIds(ids: Int32Array): Int32Array {
  const out = new Int32Array(ids.length);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    let k = 0;
    while (k < n && out[k] !== id) k++;
    if (k === n) out[n++] = id;
  }
  return out.slice(0, n);
}

/** Whether y holds word `id` itself (0), or a kin of it (1), or neither (-1). */
function kinshipIn(id: number, y: ClaimExtras, index: KinIndex): number {
  if (y.kinMask && y.ownMask) {
    const bit = 1 << (id & 31);
    return (y.ownMask[id >>> 5]! & bit) !== 0 ? 0 : (y.kinMask[id >>> 5]! & bit) !== 0 ? 1 : -1;
  }
  const set = y.kinSet;
  for (let n = 0; n < set.length; n++) if (set[n] === id) return 0;
  for (let n = 0; n < set.length; n++) if (index.related(id, set[n]!)) return 1;
  return -1;
}

/**
 * The same weight as kinWeight, read on the relation's rows of x's words rather than on y's masks: x is
 * the claim being scored against its candidates, so its rows stay in the CPU cache from pair to pair,
 * where each candidate's masks would be a fresh miss.
 */
function kinWeightByRows(x: ClaimExtras, y: ClaimExtras, index: KinIndex): number {
  let gain = 0;
  const set = y.kinSet;
  for (let i = 0; i < x.words.length; i++) {
    const id = x.kinIds[i]!;
    if (id < 0) continue;
    let own = false,
      kin = false;
    for (let n = 0; n < set.length; n++) {
      const other = set[n]!;
      if (other === id) {
        own = true;
        break;
      }
      if (!kin && index.related(id, other)) kin = true;
    }
    if (kin && !own) gain += x.weights[i]!;
  }
  return gain;
}

/**
 * Weight of x's words that are not y's but are WordNet kin of y's words (of any of them: kin of a word
 * both claims share counts too).
 */
function kinWeight(x: ClaimExtras, y: ClaimExtras, index: KinIndex): number {
  let gain = 0;
  for (let i = 0; i < x.words.length; i++) {
    const id = x.kinIds[i]!;
    if (id >= 0 && kinshipIn(id, y, index) === 1) gain += x.weights[i]!;
  }
  return gain;
}

const jaccard = (shared: number, wa: number, wb: number) => (wa + wb - shared > 0 ? shared / (wa + wb - shared) : 0);

/**
 * The feature vector of a pair, in FEATURE_NAMES order, written into `out` (reused from pair to pair);
 * null, with a cutoff, when the pair falls below it whatever its WordNet features (see lane-cutoff).
 */
export function pairFeatures(
  { p, q, overlap, hand, space, w, flags, kinIndex }: PairInputs,
  out: Float64Array,
  cutoff: LaneCutoff | null,
): Float64Array | null {
  const a = p.facts,
    b = q.facts;
  const shared = overlap.words;
  const small = Math.min(p.ww, q.ww);
  const words = jaccard(shared, p.ww, q.ww);
  const contained = small > 0 ? Math.min(1, shared / small) : 0;
  const context = jaccard(overlap.context, p.wc, q.wc);
  const entities = p.ents.length && q.ents.length ? jaccard(overlap.ents, p.we, q.we) : 0;
  const xa = extrasOf(p, space, w, flags, kinIndex),
    xb = extrasOf(q, space, w, flags, kinIndex);
  // (counts are compared on their figures and units; their few words gain little from WordNet)
  const withKin = !!kinIndex && flags.wordnet && !a.quantity;
  const ca = xa.clocks,
    cb = xb.clocks;
  const clockSame = ca.length && cb.length && ca.some((t) => cb.includes(t)) ? 1 : 0;
  const clockDiffers = ca.length && cb.length && !clockSame ? 1 : 0;
  const time = timeRelation(a, b);
  out.fill(0);
  out[F.hand] = hand;
  out[F.words] = words;
  out[F.contained] = contained;
  out[F.context] = context;
  out[F.entities] = entities;
  out[F.entityClash] = p.ents.length && q.ents.length && entities === 0 ? 1 : 0;
  out[F.negationDiffers] = a.negated !== b.negated ? 1 : 0;
  out[F.timeConflict] = time === "conflict" ? 1 : 0;
  out[F.clockSame] = clockSame;
  out[F.clockDiffers] = clockDiffers;
  out[F.sameKind] = a.kind === b.kind ? 1 : 0;
  out[F.sentenceGap] = Math.min(1, Math.abs(a.sentence - b.sentence) / 20);
  out[F.bothAttributed] = xa.attributed && xb.attributed ? 1 : 0;
  out[F.sameLane] = p.lane === q.lane ? 1 : 0;
  if (withKin) {
    // each side's gain is a sum of some of its kin words' weights: at most all of them
    const most = shared + Math.max(xa.kinTotal, xb.kinTotal);
    // (below p.ww + q.ww both features rise with the gain; past it the word score is no longer bounded)
    if (cutoff && most < p.ww + q.ww && belowCutoff(cutoff, out, jaccard(most, p.ww, q.ww) - words, (small > 0 ? Math.min(1, most / small) : 0) - contained))
      return null;
    // (p is the claim being scored: its side is read on its rows, the candidate's on p's masks)
    const gain = Math.max(kinWeightByRows(xa, xb, kinIndex!), kinWeight(xb, xa, kinIndex!));
    out[F.wordnetWords] = jaccard(shared + gain, p.ww, q.ww) - words;
    out[F.wordnetContained] = (small > 0 ? Math.min(1, (shared + gain) / small) : 0) - contained;
  }
  if (a.quantity && b.quantity) {
    const x = a.quantity,
      y = b.quantity;
    const meet = figuresFit(x, y, flags.hedges, false);
    const ratio = x.value > 0 && y.value > 0 ? Math.abs(Math.log(x.value / y.value)) : 3;
    out[F.meet] = meet ? 1 : 0;
    out[F.sameValue] = x.value === y.value ? 1 : 0;
    out[F.logRatio] = Math.min(3, ratio) / 3;
    // a report's only toll is likely the toll; its only span of minutes or days is no more likely one span than another
    out[F.onlyOfUnit] = p.onlyOfUnit && q.onlyOfUnit && !SPAN_UNITS.has(commonUnit(x.unit)) ? 1 : 0;
    out[F.samePredicate] = a.predicate && a.predicate === b.predicate ? 1 : 0;
    out[F.casualty] = CASUALTY_UNITS.has(x.unit) ? 1 : 0;
    out[F.hedgeDiffers] = !!x.qualifier !== !!y.qualifier ? 1 : 0;
  }
  return out;
}
