import { fitLogistic } from "../../lib/analysis/align/learn/fit-logistic";
import { FEATURE_NAMES } from "../../lib/analysis/align/pair-features";
import type { PairModel } from "../../lib/analysis/align/pair-model";
import type { LaneSamples } from "./corpora";

/**
 * The pair model fitted on the labelled pairs of every corpus but `without` (leave-one-event-out).
 * Each corpus weighs the same whatever its number of pairs, so one long story does not set the weights.
 */
export function trainModel(samples: Map<string, LaneSamples>, without?: string): PairModel {
  const names = [...samples.keys()].filter((n) => n !== without).sort();
  const lane = (l: keyof LaneSamples) => {
    const all = names.flatMap((n) => {
      const list = samples.get(n)![l];
      // repeat a small corpus's pairs so that every corpus counts about alike (whole copies: deterministic)
      const most = Math.max(...names.map((m) => samples.get(m)![l].length), 1);
      const copies = list.length ? Math.max(1, Math.round(Math.sqrt(most / list.length))) : 0;
      return Array.from({ length: copies }, () => list).flat();
    });
    return fitLogistic(all, FEATURE_NAMES.length);
  };
  return { features: [...FEATURE_NAMES], lanes: { quantity: lane("quantity"), text: lane("text") }, trainedOn: names };
}
