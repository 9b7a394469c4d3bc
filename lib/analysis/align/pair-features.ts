import { SPEECH_VERBS } from "../claims/lexicon";
import { wordsRelated } from "../lexical/wordnet";
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
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

export type PairInputs = { p: Prepared; q: Prepared; marks: Marks; hand: number; space: FeatureSpace; w: Float64Array; flags: EngineFlags };

const relatedCache = new Map<string, boolean>();
function related(a: string, b: string, hypernyms: boolean): boolean {
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let r = relatedCache.get(key);
  if (r === undefined) {
    r = wordsRelated(a, b, hypernyms);
    if (relatedCache.size > 200_000) relatedCache.clear();
    relatedCache.set(key, r);
  }
  return r;
}

/** Weight of x's words that are not y's but share a WordNet sense with one of y's words. */
function kinWeight(x: Prepared, y: Prepared, space: FeatureSpace, w: Float64Array, hypernyms: boolean): number {
  const yw = y.item.draft.words;
  let gain = 0;
  for (const a of x.item.draft.words) {
    if (yw.includes(a) || /\d/.test(a)) continue;
    for (const b of yw) {
      if (/\d/.test(b) || x.item.draft.words.includes(b) || !related(a, b, hypernyms)) continue;
      const id = space.lookup(a);
      gain += id >= 0 ? w[id]! : 1;
      break;
    }
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
  let kinWords = 0, kinContained = 0;
  if (flags.wordnet) {
    const gain = Math.max(kinWeight(p, q, space, w, flags.hypernyms), kinWeight(q, p, space, w, flags.hypernyms));
    kinWords = jaccard(shared + gain, p.ww, q.ww) - words;
    kinContained = (small > 0 ? Math.min(1, (shared + gain) / small) : 0) - contained;
  }
  const ca = clockTimes(a.summary), cb = clockTimes(b.summary);
  const clockSame = ca.length && cb.length && ca.some((t) => cb.includes(t)) ? 1 : 0;
  const clockDiffers = ca.length && cb.length && !clockSame ? 1 : 0;
  const time = timeRelation(a, b);
  const out = [
    hand, words, contained, context, entities, p.ents.length && q.ents.length && entities === 0 ? 1 : 0, kinWords, kinContained,
    a.negated !== b.negated ? 1 : 0, time === "conflict" ? 1 : 0, clockSame, clockDiffers, a.kind === b.kind ? 1 : 0,
    Math.min(1, Math.abs(a.sentence - b.sentence) / 20),
    0, 0, 0, 0, 0, 0, 0, attributed(a.context) && attributed(b.context) ? 1 : 0, p.lane === q.lane ? 1 : 0,
  ];
  if (a.quantity && b.quantity) {
    const x = a.quantity, y = b.quantity;
    const meet = figuresFit(x, y, flags.hedges);
    const ratio = x.value > 0 && y.value > 0 ? Math.abs(Math.log(x.value / y.value)) : 3;
    out[14] = meet ? 1 : 0;
    out[15] = x.value === y.value ? 1 : 0;
    out[16] = Math.min(3, ratio) / 3;
    out[17] = p.onlyOfUnit && q.onlyOfUnit ? 1 : 0;
    out[18] = a.predicate && a.predicate === b.predicate ? 1 : 0;
    out[19] = CASUALTY_UNITS.has(x.unit) ? 1 : 0;
    out[20] = !!x.qualifier !== !!y.qualifier ? 1 : 0;
  }
  return out;
}
