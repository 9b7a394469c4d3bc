import { VAGUE } from "../claims/parse-number";
import { namedSource } from "../verdict/named-source";
import { CandidateIndex, DISTINCTIVE_VALUE } from "./candidate-index";
import { mutualBest, offer, type Best } from "./candidates";
import { COMPETING, nearestCompeting } from "./competing-estimates";
import { DEFAULT_FLAGS, type EngineFlags } from "./engine-flags";
import { linkGroups, type Link } from "./link-groups";
import { shippedModel, type ModelLane, type PairModel } from "./pair-model";
import { PairScorer } from "./pair-scorer";
import type { PairScores } from "./pair-scores";
import { prepareClaims } from "./prepare-claims";
import type { AlignItem, Prepared } from "./score-pair";

export type { AlignItem };

// Alignment, stage by stage: prepare each claim's vectors (prepare-claims), find the candidates worth
// scoring (candidate-index), score them (pair-scorer), keep links, and join the links into rows (link-groups).

export type AlignOptions = {
  flags?: EngineFlags;
  /** the pair model to use; default: the committed one */
  model?: PairModel | null;
  /** called with the features of every candidate pair (training) */
  onFeatures?: (a: number, b: number, lane: ModelLane, features: number[]) => void;
  /** called with the score of every pair compared (see PairScores.get), once alignment is done; a pair settled below the bar without WordNet (see lane-cutoff) is there at 0 */
  onScores?: (scores: PairScores) => void;
};

/**
 * Two claims whose figures or clock times conflict join as one disputed row, even past a report that
 * gives both, only when the model is this sure they tell one fact: a lower bar chains different counts
 * of one unit together (measured over the real events: 0.5 to 0.9, best at 0.9).
 */
const DISPUTE_PROBABILITY = 0.9;

/**
 * Groups claims that state the same fact in different reports. Candidates come from an inverted
 * index on rare words and entities within a lane (same counted unit, same person's role, prose);
 * a pair links when each is the other's best match in its report, or when it is strong on its own.
 */
export function clusterClaims(items: AlignItem[], onScore?: (a: number, b: number, score: number) => void, options: AlignOptions = {}): number[][] {
  const flags = options.flags ?? DEFAULT_FLAGS;
  const model = flags.model ? (options.model === undefined ? shippedModel() : options.model) : null;
  const batch = prepareClaims(items, flags);
  const { prepared, sourceOf } = batch;
  const index = new CandidateIndex(prepared, sourceOf, batch.space.df);
  // (a caller that watches every score gets every score in full)
  const scorer = new PairScorer(batch, flags, model, options.onFeatures, !!onScore);
  // each claim's best match per other report
  const best: Best[][] = prepared.map(() => []);
  const links: Link[] = [];
  // pairs whose figures or clock times conflict: candidate disputes
  const disputes: Link[] = [];
  for (let idx = 0; idx < prepared.length; idx++) {
    const p = prepared[idx]!;
    const { list, fallback } = index.candidatesOf(idx, !!(model || options.onFeatures));
    const rule = scorer.ruleFor(p);
    scorer.begin(p);
    for (const o of list) {
      const { score, conflict } = scorer.score(idx, o, rule);
      onScore?.(idx, o, score);
      if (score < rule.min) continue;
      if (conflict && flags.disputes && idx < o && score >= DISPUTE_PROBABILITY) disputes.push({ a: idx, b: o, score });
      if (score >= rule.strong && p.laneKind !== "quantity" && idx < o) links.push({ a: idx, b: o, score });
      offer(best[idx]!, sourceOf[o]!, o, score);
      // the other side never saw this count among its candidates: the score is symmetric, so offer it back
      if (fallback) offer(best[o]!, sourceOf[idx]!, idx, score);
    }
    scorer.end(p);
  }
  if (flags.disputes && flags.competingSources) disputes.push(...competingDisputes(items, prepared, sourceOf, flags.hedges));
  if (flags.repeats) disputes.push(...repeatedFigures(prepared, sourceOf));
  links.push(...mutualBest(best, sourceOf));
  options.onScores?.(scorer.scores);
  return linkGroups(sourceOf, links, disputes);
}

/** Figures of one count that a report gives from two named sources ("police said 87,000; the union 500,000"). */
function competingDisputes(items: AlignItem[], prepared: Prepared[], sourceOf: Int32Array, hedges: boolean): Link[] {
  // who gives each count, where its sentence names someone
  const givenBy = items.map((it) => (it.sentence ? namedSource(it.sentence) : null));
  const byReport = new Map<string, number[]>();
  givenBy.forEach((by, i) => {
    if (!by) return;
    const key = `${sourceOf[i]}|${prepared[i]!.lane}`;
    byReport.set(key, [...(byReport.get(key) ?? []), i]);
  });
  const out: Link[] = [];
  for (const list of byReport.values()) for (const [a, b] of nearestCompeting(list, items, givenBy, hedges)) out.push({ a, b, score: COMPETING });
  return out;
}

/**
 * A report that gives one distinctive figure twice ("a magnitude 6.8 quake" in its lead and again lower
 * down) tells one fact twice: both claims belong in that figure's row, which links them like a dispute.
 */
function repeatedFigures(prepared: Prepared[], sourceOf: Int32Array): Link[] {
  const first = new Map<string, number>();
  const out: Link[] = [];
  prepared.forEach((p, i) => {
    const q = p.item.draft.quantity;
    // (a vague plural, "hundreds", names no figure: two of them in one report may count different things)
    const vague = !!q?.qualifier && VAGUE.has(q.qualifier.toLowerCase());
    if (p.laneKind !== "quantity" || !q || vague || (q.value < DISTINCTIVE_VALUE && Number.isInteger(q.value))) return;
    const key = `${sourceOf[i]}|${p.lane}|${q.value}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else out.push({ a: earlier, b: i, score: COMPETING });
  });
  return out;
}
