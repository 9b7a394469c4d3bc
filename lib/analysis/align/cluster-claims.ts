import { NO_KEYS, entityKey, offer, topByCount, type Best } from "./candidates";
import { commonUnit } from "../claims/parse-number";
import { unitFamily } from "../lexical/unit-family";
import { namedSource } from "../verdict/named-source";
import { COMPETING, nearestCompeting } from "./competing-estimates";
import { FeatureSpace, weightOf } from "./feature-vectors";
import { DEFAULT_FLAGS, type EngineFlags } from "./engine-flags";
import { linkGroups } from "./link-groups";
import { FEATURE_INDEX, FEATURE_NAMES, pairFeatures, type PairInputs } from "./pair-features";
import { KinIndex } from "../lexical/kin-index";
import { PairScores } from "./pair-scores";
import { predictPair, shippedModel, type ModelLane, type PairModel } from "./pair-model";
import { Marks, laneOf, measureOverlap, scorePair, type AlignItem, type Overlap, type Prepared } from "./score-pair";

export type { AlignItem };

const SPANS = new Set(["days", "years", "hours", "minutes", "seconds", "decades"]);

export type AlignOptions = {
  flags?: EngineFlags;
  /** the pair model to use; default: the committed one */
  model?: PairModel | null;
  /** called with the features of every candidate pair (training) */
  onFeatures?: (a: number, b: number, lane: ModelLane, features: number[]) => void;
  /** called with the score of every pair compared (see PairScores.get), once alignment is done */
  onScores?: (scores: PairScores) => void;
};

/**
 * Keys always looked up per claim in the inverted index, rarest first. Few: the budget below should
 * bind as soon as posting lists fill up, or the cost per claim keeps rising with the batch until
 * every list is at its cap (it did, from 50 to 100 reports, with eight).
 */
const KEYS_PER_CLAIM = 4;
/** Most candidates scored per claim: keeps the cost linear in the number of claims. */
const CANDIDATES_PER_CLAIM = 16;
const POSTING_CAP = 32;
/** Postings a claim reads (beyond its KEYS_PER_CLAIM rarest keys) before it stops looking. */
const POSTING_BUDGET = 120;
const TEXT_MIN = 0.27;
/** Counts of one unit across the batch at most this many: each meets all the others. */
const SMALL_UNIT = 24;
const QUANTITY_MIN = 0.45;
/** A pair this close links even when one report holds an even closer claim. */
const STRONG = 0.55;
/** The same, as the pair model's probability. */
const STRONG_PROBABILITY = 0.9;
/**
 * Two claims whose figures or clock times conflict join as one disputed row, even past a report that
 * gives both, only when the model is this sure they tell one fact: a lower bar chains different counts
 * of one unit together (measured over the real events: 0.5 to 0.9, best at 0.9).
 */
const DISPUTE_PROBABILITY = 0.9;

/**
 * Groups claims that state the same fact in different reports. Candidates come from an inverted
 * index on rare words and entities within a lane (same counted unit, same person's role, prose);
 * a pair links when each is the other's best match in its report.
 */
export function clusterClaims(items: AlignItem[], onScore?: (a: number, b: number, score: number) => void, options: AlignOptions = {}): number[][] {
  const flags = options.flags ?? DEFAULT_FLAGS;
  const model = flags.model ? (options.model === undefined ? shippedModel() : options.model) : null;
  const onFeatures = options.onFeatures;
  const space = new FeatureSpace();
  // Claims from one sentence share its context list: build each sentence's vector once.
  const contextCache = new Map<string[], Int32Array>();
  const prepared: Prepared[] = items.map((item) => {
    const d = item.draft;
    const ents = item.entityIds.length ? item.entityIds.map(entityKey) : NO_KEYS;
    const words = space.vector(d.words, ents);
    let context = contextCache.get(d.context);
    if (!context) contextCache.set(d.context, (context = space.vector(d.context)));
    const ent = space.vector(ents);
    const lane = laneOf(item, flags.wordnet), also = item.draft.speechAct ? "a" : undefined;
    return { item, lane, also, lanes: also ? [lane, also] : [lane], keys: words, words, context, ents: ent, onlyOfUnit: false, onlyOfPredicate: false, ww: 0, wc: 0, we: 0, extra: undefined };
  });
  const w = space.weights(items.length);
  for (const p of prepared) { p.ww = weightOf(p.words, w); p.wc = weightOf(p.context, w); p.we = weightOf(p.ents, w); }
  markOnlyCounts(prepared, flags.wordnet);
  // who gives each count, where its sentence names someone
  const givenBy = items.map((it) => (flags.competingSources && it.sentence ? namedSource(it.sentence) : null));
  const postings = new Map<string, Map<number, number[]>>();
  const index = (laneName: string, p: Prepared, idx: number) => {
    let lane = postings.get(laneName);
    if (!lane) postings.set(laneName, (lane = new Map()));
    for (const k of p.keys) {
      const list = lane.get(k);
      if (!list) lane.set(k, [idx]);
      else if (list.length < POSTING_CAP) list.push(idx);
    }
  };
  // Every count of a unit, for a count whose words meet no other claim ("Thirty-eight were admitted").
  const unitMembers = new Map<string, number[]>();
  // Every count of a value, whatever unit extraction gave it: a bare "80,000" and "80,000 people" are likely one figure.
  const valueMembers = new Map<number, number[]>();
  const span = items.map((it) => !!it.draft.quantity && SPANS.has(commonUnit(it.draft.quantity.unit)));
  const bare = items.map((it) => !!it.draft.quantity && /^[\d.,\s]+(?:million|billion|thousand|bn|m|k)?$/i.test(it.draft.summary.trim()));
  // A clause reporting an act of speech ("X voiced hope on Monday") also meets the who-said frames.
  prepared.forEach((p, idx) => {
    if (p.lane.charCodeAt(0) === 113) {
      const list = unitMembers.get(p.lane);
      if (!list) unitMembers.set(p.lane, [idx]);
      else if (list.length < 4 * POSTING_CAP) list.push(idx);
      const value = p.item.draft.quantity!.value;
      const same = valueMembers.get(value);
      if (!same) valueMembers.set(value, [idx]);
      else if (same.length < POSTING_CAP) same.push(idx);
    }
    index(p.lane, p, idx);
    if (p.also) index(p.also, p, idx);
  });
  // Each claim's best match per other report: at most CANDIDATES_PER_CLAIM entries, scanned linearly.
  const best: Best[][] = prepared.map(() => []);
  // links as parallel arrays: claim a, claim b, score
  const la: number[] = [], lb: number[] = [], ls: number[] = [];
  // pairs whose figures or clock times conflict: candidate disputes
  const disputes = { la: [] as number[], lb: [] as number[], ls: [] as number[] };
  // each pair's score, worked out once (the model's features are symmetric)
  const scores = new PairScores(items.length, CANDIDATES_PER_CLAIM);
  const featureBuffer = new Float64Array(FEATURE_NAMES.length);
  const overlap: Overlap = { words: 0, context: 0, ents: 0 };
  const kinIndex = flags.wordnet && (model || onFeatures) ? new KinIndex(vocabularyOf(items), flags.hypernyms) : null;
  // one record of the pair's inputs, refilled for each pair (an object per pair was a tenth of the garbage)
  const pairInputs: PairInputs = { p: prepared[0]!, q: prepared[0]!, overlap, hand: 0, space, w, flags, kinIndex };
  // Shared-key counts in a reused typed array: the hot loop of the whole analysis. Keys are read
  // rarest first until a claim has looked at POSTING_BUDGET postings, so the cost per claim is
  // bounded whatever the batch size while small batches still read every word.
  const counts = new Int32Array(items.length);
  const sourceOf = Int32Array.from(items, (it) => it.source);
  const df = space.df;
  const touched: number[] = [];
  const marks = new Marks(w);
  const byRarity = (a: number, b: number) => df[a]! - df[b]! || a - b;
  const postingsOf = (p: Prepared) => {
    let n = 0;
    for (const laneName of p.lanes) {
      const lane = postings.get(laneName)!;
      for (const k of p.keys) n += lane.get(k)?.length ?? 0;
    }
    return n;
  };
  for (let idx = 0; idx < prepared.length; idx++) {
    const p = prepared[idx]!;
    // rarest first only matters when the budget stops the scan early
    const keys = p.keys.length > KEYS_PER_CLAIM && postingsOf(p) > POSTING_BUDGET ? Array.from(p.keys).sort(byRarity) : p.keys;
    const own = sourceOf[idx]!;
    touched.length = 0;
    let most = 0;
    for (const laneName of p.lanes) {
      const lane = postings.get(laneName)!;
      let read = 0;
      for (let n = 0; n < keys.length && (n < KEYS_PER_CLAIM || read < POSTING_BUDGET); n++) {
        const list = lane.get(keys[n]!);
        if (!list) continue;
        read += list.length;
        for (let x = 0; x < list.length; x++) {
          const o = list[x]!;
          if (sourceOf[o] === own) continue;
          if (counts[o] === 0) touched.push(o);
          if (++counts[o]! > most) most = counts[o]!;
        }
      }
    }
    // A count whose words meet no other claim ("Thirty-eight were admitted") still meets the other counts
    // of its unit; in a story-sized batch, where a unit has few counts, every count meets all of them.
    const members = p.lane.charCodeAt(0) === 113 ? unitMembers.get(p.lane)! : undefined;
    const fallback = !!members && touched.length === 0;
    if (members && (fallback || members.length <= SMALL_UNIT)) {
      for (const o of members) if (sourceOf[o] !== own && counts[o] === 0) { touched.push(o); counts[o] = 1; most ||= 1; }
    }
    // (the hand-weighted score has no notion of another unit: only the model, which weighs it, sees these)
    if (members && (model || onFeatures)) {
      for (const o of valueMembers.get(p.item.draft.quantity!.value)!) {
        // a bare figure's unit is a guess worth looking past, and a large figure seldom repeats by chance; small
        // ones do: "3 injuries" and a "three-year-old conflict" stay apart
        // spans of time are their own dimension: "30 minutes" never meets "30 fishing boats" this way
        if (sourceOf[o] === own || !(bare[idx] || bare[o] || p.item.draft.quantity!.value >= 10) || (span[idx] !== span[o] && !bare[idx] && !bare[o])) continue;
        if (counts[o] === 0) touched.push(o);
        counts[o] = Math.max(counts[o]!, 2);
        most = Math.max(most, 2);
      }
    }
    const cands = touched.length > CANDIDATES_PER_CLAIM ? topByCount(touched, counts, most, CANDIDATES_PER_CLAIM) : touched;
    const quantityLane = p.lane.charCodeAt(0) === 113; // "q:"
    const modelLane: ModelLane = quantityLane ? "quantity" : "text";
    const laneModel = model && p.lane.charCodeAt(0) !== 114 ? model.lanes[modelLane] : null; // roles ("r:") stay hand-scored
    const min = laneModel ? laneModel.threshold : quantityLane ? QUANTITY_MIN : TEXT_MIN;
    const strong = laneModel ? Math.max(STRONG_PROBABILITY, laneModel.threshold) : STRONG;
    const mine = best[idx]!;
    marks.set(p);
    for (const o of cands) {
      measureOverlap(prepared[o]!, marks, overlap);
      const hand = scorePair(p, prepared[o]!, overlap);
      let score = hand;
      let conflict = false;
      // the features are symmetric: each pair is worked out once, when its second claim meets it again
      const seen = laneModel || onFeatures ? scores.given(o, idx) : undefined;
      if (seen !== undefined) { score = seen; conflict = scores.conflicted(o, idx); }
      else if (laneModel || onFeatures) {
        pairInputs.p = p; pairInputs.q = prepared[o]!; pairInputs.hand = hand;
        const f = pairFeatures(pairInputs, featureBuffer);
        onFeatures?.(idx, o, modelLane, Array.from(f));
        if (laneModel) score = predictPair(laneModel, f);
        conflict = quantityLane ? f[FEATURE_INDEX.meet] === 0 : f[FEATURE_INDEX.clockDiffers] === 1;
      }
      scores.set(idx, o, score, conflict);
      onScore?.(idx, o, score);
      if (score < min) continue;
      if (conflict && flags.disputes && idx < o && score >= DISPUTE_PROBABILITY) { disputes.la.push(idx); disputes.lb.push(o); disputes.ls.push(score); }
      if (score >= strong && !quantityLane && idx < o) { la.push(idx); lb.push(o); ls.push(score); }
      offer(mine, sourceOf[o]!, o, score);
      // the other side never saw this count among its candidates: the score is symmetric, so offer it back
      if (fallback) offer(best[o]!, own, idx, score);
    }
    for (const o of touched) counts[o] = 0;
    marks.clear(p);
  }
  if (flags.disputes && flags.competingSources) {
    const byReport = new Map<string, number[]>();
    givenBy.forEach((by, i) => { if (by) { const k = `${sourceOf[i]}|${prepared[i]!.lane}`; byReport.set(k, [...(byReport.get(k) ?? []), i]); } });
    for (const list of byReport.values())
      for (const [a, b] of nearestCompeting(list, items, givenBy, flags.hedges)) { disputes.la.push(a); disputes.lb.push(b); disputes.ls.push(COMPETING); }
  }
  // mutual best matches, plus the strong links gathered above
  best.forEach((mine, a) => {
    const src = sourceOf[a]!;
    for (const { other: b, score } of mine) if (a < b && best[b]!.find((x) => x.source === src)?.other === a) { la.push(a); lb.push(b); ls.push(score); }
  });
  options.onScores?.(scores);
  return linkGroups(sourceOf, la, lb, ls, disputes);
}

function vocabularyOf(items: AlignItem[]): Set<string> {
  const words = new Set<string>();
  for (const it of items) for (const word of it.draft.words) words.add(word);
  return words;
}

/**
 * A report usually gives one toll per kind of casualty: marks the counts that are their report's only one
 * of their unit (and of their unit and predicate).
 */
function markOnlyCounts(prepared: Prepared[], wordnet: boolean): void {
  // Values, not claims, are counted: a report that gives "magnitude 6.8" twice still gives one magnitude.
  const unitValues = new Map<string, Set<number>>();
  const unitKey = (it: AlignItem) => `${it.source}|${unitFamily(it.draft.quantity!.unit, wordnet)}`;
  const predicateKey = (it: AlignItem) => `${unitKey(it)}|${it.draft.predicate}`;
  const note = (key: string, value: number) => { const set = unitValues.get(key); if (set) set.add(value); else unitValues.set(key, new Set([value])); };
  for (const { item: it } of prepared) {
    if (!it.draft.quantity) continue;
    note(unitKey(it), it.draft.quantity.value);
    if (it.draft.predicate) note(predicateKey(it), it.draft.quantity.value);
  }
  for (const p of prepared) {
    if (!p.item.draft.quantity) continue;
    p.onlyOfUnit = unitValues.get(unitKey(p.item))!.size === 1;
    p.onlyOfPredicate = !!p.item.draft.predicate && unitValues.get(predicateKey(p.item))!.size === 1;
  }
}
