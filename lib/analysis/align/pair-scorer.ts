import { KinIndex } from "../lexical/kin-index";
import type { EngineFlags } from "./engine-flags";
import { FEATURE_INDEX, FEATURE_NAMES, pairFeatures, type PairInputs } from "./pair-features";
import { predictPair, type LaneModel, type ModelLane, type PairModel } from "./pair-model";
import { PairScores } from "./pair-scores";
import type { PreparedBatch } from "./prepare-claims";
import { Marks, measureOverlap, scorePair, type Overlap, type Prepared } from "./score-pair";
import { CANDIDATES_PER_CLAIM } from "./candidate-index";
import { laneCutoff, type LaneCutoff } from "./lane-cutoff";

// The third stage of alignment: how sure we are that two claims tell one fact. The hand-weighted score,
// then (where a model is given) the learned pair model over the pair's features. Each pair is worked out
// once: the features are symmetric, and the second claim to meet a pair reads its score back.

/** Lowest hand-weighted score at which a prose pair may link; and a count pair. */
const TEXT_MIN = 0.27;
const QUANTITY_MIN = 0.45;
/** A pair this close links even when one report holds an even closer claim. */
const STRONG = 0.55;
/** The same, as the pair model's probability. */
const STRONG_PROBABILITY = 0.9;

/** How the pairs of one claim's lane are scored, and the bars they must clear. */
export type LaneRule = { model: LaneModel | null; modelLane: ModelLane; min: number; strong: number; cutoff: LaneCutoff | null };
export type PairResult = { score: number; conflict: boolean };
export type FeatureHook = (a: number, b: number, lane: ModelLane, features: number[]) => void;

export class PairScorer {
  readonly scores: PairScores;
  private readonly prepared: Prepared[];
  private readonly marks: Marks;
  private readonly overlap: Overlap = { words: 0, context: 0, ents: 0 };
  private readonly features = new Float64Array(FEATURE_NAMES.length);
  // one record of a pair's inputs and one of its result, refilled for each pair (an object per pair was a tenth of the garbage)
  private readonly inputs: PairInputs;
  private readonly result: PairResult = { score: 0, conflict: false };
  /** each model lane's cutoff; none while features are collected (training wants every pair's) or scores must be exact */
  private readonly cutoffs: Record<ModelLane, LaneCutoff | null>;

  constructor(
    batch: PreparedBatch,
    flags: EngineFlags,
    private readonly model: PairModel | null,
    private readonly onFeatures?: FeatureHook,
    /** every pair's score worked out in full, even those plainly below the bar (see lane-cutoff) */
    exact = false,
  ) {
    this.prepared = batch.prepared;
    const cut = !onFeatures && !exact && model;
    this.cutoffs = { quantity: cut ? laneCutoff(model.lanes.quantity) : null, text: cut ? laneCutoff(model.lanes.text) : null };
    this.scores = new PairScores(batch.prepared.length, CANDIDATES_PER_CLAIM);
    this.marks = new Marks(batch.weights, batch.contexts);
    const vocabulary = new Set<string>();
    for (const p of batch.prepared) for (const word of p.item.draft.words) vocabulary.add(word);
    const kinIndex = flags.wordnet && (model || onFeatures) ? new KinIndex(vocabulary, flags.hypernyms) : null;
    this.inputs = { p: batch.prepared[0]!, q: batch.prepared[0]!, overlap: this.overlap, hand: 0, space: batch.space, w: batch.weights, flags, kinIndex };
  }

  /** The rule for claim p's lane: roles stay hand-scored, counts and prose go to their lane's model. */
  ruleFor(p: Prepared): LaneRule {
    const quantity = p.laneKind === "quantity";
    const modelLane: ModelLane = quantity ? "quantity" : "text";
    const model = this.model && p.laneKind !== "role" ? this.model.lanes[modelLane] : null;
    const min = model ? model.threshold : quantity ? QUANTITY_MIN : TEXT_MIN;
    return { model, modelLane, min, strong: model ? Math.max(STRONG_PROBABILITY, model.threshold) : STRONG, cutoff: model ? this.cutoffs[modelLane] : null };
  }

  /** Marks claim p's words, sentence and names: every pair scored until end() has p as its first claim. */
  begin(p: Prepared): void {
    this.marks.set(p);
  }

  end(p: Prepared): void {
    this.marks.clear(p);
  }

  /** The score of claim idx (the one begun) against candidate o; the record is reused by the next call. */
  score(idx: number, o: number, rule: LaneRule): PairResult {
    const p = this.prepared[idx]!,
      q = this.prepared[o]!;
    const r = this.result;
    const modelled = !!rule.model || !!this.onFeatures;
    // (the other claim met this pair first: read its score back before working anything out)
    const seen = modelled ? this.scores.given(o, idx) : undefined;
    if (seen !== undefined) {
      r.score = seen;
      r.conflict = this.scores.conflicted(o, idx);
      return r;
    }
    r.score = scorePair(p, q, measureOverlap(q, this.marks, this.overlap));
    r.conflict = false;
    if (modelled) {
      this.inputs.p = p;
      this.inputs.q = q;
      this.inputs.hand = r.score;
      const f = pairFeatures(this.inputs, this.features, rule.cutoff);
      if (!f) {
        // below the bar whatever WordNet says: recorded as no match (every reader of a score compares it with a bar)
        r.score = 0;
      } else {
        this.onFeatures?.(idx, o, rule.modelLane, Array.from(f));
        if (rule.model) r.score = predictPair(rule.model, f);
        r.conflict = p.laneKind === "quantity" ? f[FEATURE_INDEX.meet] === 0 : f[FEATURE_INDEX.clockDiffers] === 1;
      }
    }
    this.scores.set(idx, o, r.score, r.conflict);
    return r;
  }
}
