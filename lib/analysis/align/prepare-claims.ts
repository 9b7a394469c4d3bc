import { unitFamily } from "../lexical/unit-family";
import { NO_KEYS, entityKey } from "./candidates";
import type { EngineFlags } from "./engine-flags";
import { FeatureSpace, weightOf } from "./feature-vectors";
import { laneKindOf, laneOf, pairFactsOf, type AlignItem, type Prepared } from "./score-pair";

// The first stage of alignment: each claim's lane and its words, sentence and names as weighted id
// vectors in one feature space, so that comparing two claims is arithmetic on integers.

export type PreparedBatch = {
  prepared: Prepared[];
  space: FeatureSpace;
  weights: Float64Array;
  sourceOf: Int32Array;
  /** how many distinct sentence contexts the claims have (each claim's contextId is below it) */
  contexts: number;
};

export function prepareClaims(items: AlignItem[], flags: EngineFlags): PreparedBatch {
  const space = new FeatureSpace();
  // Claims from one sentence share its context list: build each sentence's vector once.
  const contextCache = new Map<string[], { ids: Int32Array; n: number }>();
  const prepared: Prepared[] = items.map((item) => {
    const d = item.draft;
    const ents = item.entityIds.length ? item.entityIds.map(entityKey) : NO_KEYS;
    const words = space.vector(d.words, ents);
    let context = contextCache.get(d.context);
    if (!context) contextCache.set(d.context, (context = { ids: space.vector(d.context), n: contextCache.size }));
    const lane = laneOf(item, flags.wordnet);
    // a clause reporting an act of speech ("X voiced hope on Monday") also meets the who-said frames
    const also = d.speechAct ? "a" : undefined;
    return {
      item,
      facts: pairFactsOf(d),
      lane,
      laneKind: laneKindOf(item),
      also,
      lanes: also ? [lane, also] : [lane],
      keys: words,
      words,
      context: context.ids,
      contextId: context.n,
      ents: space.vector(ents),
      onlyOfUnit: false,
      onlyOfPredicate: false,
      ww: 0,
      wc: 0,
      we: 0,
      extra: undefined,
    };
  });
  const weights = space.weights(items.length);
  for (const p of prepared) {
    p.ww = weightOf(p.words, weights);
    p.wc = weightOf(p.context, weights);
    p.we = weightOf(p.ents, weights);
  }
  markOnlyCounts(prepared, flags.wordnet);
  return { prepared, space, weights, sourceOf: Int32Array.from(items, (it) => it.source), contexts: contextCache.size };
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
  const note = (key: string, value: number) => {
    const set = unitValues.get(key);
    if (set) set.add(value);
    else unitValues.set(key, new Set([value]));
  };
  for (const { item } of prepared) {
    if (!item.draft.quantity) continue;
    note(unitKey(item), item.draft.quantity.value);
    if (item.draft.predicate) note(predicateKey(item), item.draft.quantity.value);
  }
  for (const p of prepared) {
    if (!p.item.draft.quantity) continue;
    p.onlyOfUnit = unitValues.get(unitKey(p.item))!.size === 1;
    p.onlyOfPredicate = !!p.item.draft.predicate && unitValues.get(predicateKey(p.item))!.size === 1;
  }
}
