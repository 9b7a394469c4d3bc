import { SPEECH_VERBS } from "../claims/lexicon";
import { commonUnit } from "../claims/parse-number";
import { kinOf, type Kin } from "../lexical/word-kin";
import { clockTimes } from "../verdict/clock-time";
import { figuresFit } from "../verdict/number-fit";
import { timeRelation } from "../verdict/time-order";
import type { EngineFlags } from "./engine-flags";
import type { FeatureSpace } from "./feature-vectors";
import { CASUALTY_UNITS, type Marks, type Prepared } from "./score-pair";

// What the pair model sees of two claims: overlaps of their words, sentences and names, WordNet's
// word kinship, and for counts how their figures, hedges and predicates compare. Every value is in [0, 1]
// (or a small capped magnitude) so one learned weight per feature reads the same on every event.

export const FEATURE_NAMES = [
  "hand", "words", "contained", "context", "entities", "entityClash", "wordnetWords", "wordnetContained",
  "negationDiffers", "timeConflict", "clockSame", "clockDiffers", "sameKind", "sentenceGap",
  "meet", "sameValue", "logRatio", "onlyOfUnit", "samePredicate", "casualty", "hedgeDiffers", "bothAttributed", "sameLane",
] as const;

/** Words that put a statement in someone's mouth: "according to", "said", "counted", "estimated". */
const ATTRIBUTION = new Set([...SPEECH_VERBS, "accord", "count", "tally"]);
const attributed = (context: readonly string[]) => context.some((w) => ATTRIBUTION.has(w));
export type FeatureName = (typeof FEATURE_NAMES)[number];
const SPAN_UNITS = new Set(["days", "years", "hours", "minutes", "seconds", "decades"]);
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

export type PairInputs = { p: Prepared; q: Prepared; marks: Marks; hand: number; space: FeatureSpace; w: Float64Array; flags: EngineFlags };

/** What pairFeatures reads of one claim, worked out once per claim and alignment run. */
export type ClaimExtras = {
  clocks: number[]; attributed: boolean; words: string[]; wordSet: Set<string>; weights: number[]; kins: Kin[];
  /** every sense of the claim's words (as a list and a set), and every sense they reach */
  senseList: number[]; senses: Set<number>; reach: Set<number>;
};

function extrasOf(p: Prepared, space: FeatureSpace, w: Float64Array, flags: EngineFlags): ClaimExtras {
  if (p.extra) return p.extra;
  const d = p.item.draft;
  const words = flags.wordnet ? d.words.filter((x) => !/\d/.test(x)) : [];
  p.extra = {
    clocks: clockTimes(d.summary),
    attributed: attributed(d.context),
    words,
    weights: words.map((x) => { const id = space.lookup(x); return id >= 0 ? w[id]! : 1; }),
    kins: words.map((x) => kinOf(x, flags.hypernyms)),
    wordSet: new Set(words), senseList: [], senses: new Set(), reach: new Set(),
  };
  for (const k of p.extra.kins) { for (const x of k.senses) p.extra.senses.add(x); for (const x of k.reach) p.extra.reach.add(x); }
  p.extra.senseList = [...p.extra.senses];
  return p.extra;
}

/**
 * Weight of x's words that are not y's but are WordNet kin of y's words (of any of them: kin of a word
 * both claims share counts too, which keeps this a few set lookups per word).
 */
function kinWeight(x: ClaimExtras, y: ClaimExtras, hypernyms: boolean): number {
  let gain = 0;
  for (let i = 0; i < x.words.length; i++) {
    if (y.wordSet.has(x.words[i]!)) continue;
    const k = x.kins[i]!;
    if (!k.senses.length) continue;
    let hit = false;
    for (let n = 0; n < k.senses.length && !hit; n++) hit = y.reach.has(k.senses[n]!);
    // Derivation pointers come in pairs (each form points to the other), so without hypernyms the test
    // above is the whole relation; hypernyms point one way: then also the word's reach against y's senses.
    if (!hypernyms) { if (hit) gain += x.weights[i]!; continue; }
    if (!hit && k.reach.length <= y.senseList.length) for (let n = 0; n < k.reach.length && !hit; n++) hit = y.senses.has(k.reach[n]!);
    else if (!hit) for (let n = 0; n < y.senseList.length && !hit; n++) hit = k.reachSet.has(y.senseList[n]!);
    if (hit) gain += x.weights[i]!;
  }
  return gain;
}

function sharedWith(mark: Float64Array, ids: Int32Array): number {
  let shared = 0;
  for (let i = 0; i < ids.length; i++) shared += mark[ids[i]!]!;
  return shared;
}

const jaccard = (shared: number, wa: number, wb: number) => (wa + wb - shared > 0 ? shared / (wa + wb - shared) : 0);

/** The feature vector of a pair, in FEATURE_NAMES order. */
export function pairFeatures({ p, q, marks, hand, space, w, flags }: PairInputs): number[] {
  const a = p.item.draft, b = q.item.draft;
  const shared = sharedWith(marks.words, q.words);
  const small = Math.min(p.ww, q.ww);
  const words = jaccard(shared, p.ww, q.ww);
  const contained = small > 0 ? Math.min(1, shared / small) : 0;
  const context = jaccard(sharedWith(marks.context, q.context), p.wc, q.wc);
  const entities = p.ents.length && q.ents.length ? jaccard(sharedWith(marks.ents, q.ents), p.we, q.we) : 0;
  const xa = extrasOf(p, space, w, flags), xb = extrasOf(q, space, w, flags);
  let kinWords = 0, kinContained = 0;
  // (counts are compared on their figures and units; their few words gain little from WordNet)
  if (flags.wordnet && !a.quantity) {
    const gain = Math.max(kinWeight(xa, xb, flags.hypernyms), kinWeight(xb, xa, flags.hypernyms));
    kinWords = jaccard(shared + gain, p.ww, q.ww) - words;
    kinContained = (small > 0 ? Math.min(1, (shared + gain) / small) : 0) - contained;
  }
  const ca = xa.clocks, cb = xb.clocks;
  const clockSame = ca.length && cb.length && ca.some((t) => cb.includes(t)) ? 1 : 0;
  const clockDiffers = ca.length && cb.length && !clockSame ? 1 : 0;
  const time = timeRelation(a, b);
  const out = [
    hand, words, contained, context, entities, p.ents.length && q.ents.length && entities === 0 ? 1 : 0, kinWords, kinContained,
    a.negated !== b.negated ? 1 : 0, time === "conflict" ? 1 : 0, clockSame, clockDiffers, a.kind === b.kind ? 1 : 0,
    Math.min(1, Math.abs(a.sentence - b.sentence) / 20),
    0, 0, 0, 0, 0, 0, 0, xa.attributed && xb.attributed ? 1 : 0, p.lane === q.lane ? 1 : 0,
  ];
  if (a.quantity && b.quantity) {
    const x = a.quantity, y = b.quantity;
    const meet = figuresFit(x, y, flags.hedges);
    const ratio = x.value > 0 && y.value > 0 ? Math.abs(Math.log(x.value / y.value)) : 3;
    out[14] = meet ? 1 : 0;
    out[15] = x.value === y.value ? 1 : 0;
    out[16] = Math.min(3, ratio) / 3;
    // a report's only toll is likely the toll; its only span of minutes or days is no more likely one span than another
    out[17] = p.onlyOfUnit && q.onlyOfUnit && !SPAN_UNITS.has(commonUnit(x.unit)) ? 1 : 0;
    out[18] = a.predicate && a.predicate === b.predicate ? 1 : 0;
    out[19] = CASUALTY_UNITS.has(x.unit) ? 1 : 0;
    out[20] = !!x.qualifier !== !!y.qualifier ? 1 : 0;
  }
  return out;
}
