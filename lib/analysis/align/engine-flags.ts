// Switches for every family of alignment and verdict rules, so that each can be measured by turning it
// off (`npm run eval -- --ablate`). The defaults are what the engine runs with.

export type EngineFlags = {
  /** WordNet: words sharing a sense count as shared words when aligning */
  wordnet: boolean;
  /** WordNet: a word whose direct kind is the other's word ("crash" / "accident") counts too */
  hypernyms: boolean;
  /** the learned pair model decides alignment; off: the hand-weighted score with its hand thresholds */
  model: boolean;
  /** counts that conflict, or clock times that differ, may share a row even with another claim of one
   * report (competing estimates, an outlet contradicting itself) */
  disputes: boolean;
  /** two different figures of one unit that named sources give (police 87,000, the union 500,000) are one disputed count */
  competingSources: boolean;
  /** clock times that differ (9:03 vs 9:07) make a contradiction */
  clock: boolean;
  /** hedges read before comparing numbers ("more than 2,000" fits 2,012; "at least 3" does not fit 6) */
  hedges: boolean;
  /** opposite directions and WordNet antonyms make a contradiction */
  antonyms: boolean;
  /** one report's repeats of a distinctive figure share that figure's row */
  repeats: boolean;
};

export const DEFAULT_FLAGS: EngineFlags = {
  wordnet: true,
  hypernyms: true,
  model: true,
  disputes: true,
  competingSources: true,
  clock: true,
  hedges: true,
  antonyms: true,
  repeats: true,
};

export const FLAG_NAMES = Object.keys(DEFAULT_FLAGS) as (keyof EngineFlags)[];
