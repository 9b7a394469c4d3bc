import { FEATURE_INDEX } from "./pair-features";
import { pairLogit, type LaneModel } from "./pair-model";
import { DAY_CONFIDENCE } from "../verdict/judge-cluster";

// Most pairs a claim meets in a real story are plainly not one fact (about 70% of the seeds' candidates
// score under the bar). WordNet kinship is the dearest feature to work out, and it can only raise a pair's
// probability, by at most what its words could gain: when even that gain cannot lift the pair to the
// lane's bar, the pair is settled without it.

/** A lane model read as a linear bound: the model, and the log-odds a pair must reach to link. */
export type LaneCutoff = { model: LaneModel; minLogit: number };

/** The log-odds of a pair bound to fall below the bar by less than this are worked out in full (sums in another order round differently). */
const MARGIN = 1e-9;

/** The cutoff for a lane, or null when its WordNet weights are negative (then kinship could lower a score, and no bound is taken). */
export function laneCutoff(model: LaneModel): LaneCutoff | null {
  if (model.weights[FEATURE_INDEX.wordnetWords]! < 0 || model.weights[FEATURE_INDEX.wordnetContained]! < 0) return null;
  // (the lowest bar any reader of a score applies: linking at the lane's threshold, the verdicts' day check)
  const bar = Math.min(model.threshold, DAY_CONFIDENCE);
  if (bar <= 0) return null;
  return { model, minLogit: Math.log(bar / (1 - bar)) };
}

/**
 * Whether a pair falls below the bar whatever its WordNet features turn out to be: `features` holds every
 * other feature already (the WordNet ones at 0), `wordsMost` and `containedMost` the most the two could be.
 */
export function belowCutoff(cut: LaneCutoff, features: Float64Array, wordsMost: number, containedMost: number): boolean {
  const w = cut.model.weights;
  const z = pairLogit(cut.model, features) + w[FEATURE_INDEX.wordnetWords]! * wordsMost + w[FEATURE_INDEX.wordnetContained]! * containedMost;
  return z < cut.minLogit - MARGIN;
}
