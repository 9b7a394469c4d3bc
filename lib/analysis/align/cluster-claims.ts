import type { DraftClaim } from "../claims/draft-claim";
import { intervalsMeet } from "../claims/parse-number";
import { FeatureSpace, weightedContainment, weightedJaccard } from "./feature-vectors";

export type AlignItem = { draft: DraftClaim; source: number; entityIds: string[] };

/** Keys looked up per claim in the inverted index, rarest first. */
const KEYS_PER_CLAIM = 8;
/** Most candidates scored per claim: keeps the cost linear in the number of claims. */
const CANDIDATES_PER_CLAIM = 16;
const POSTING_CAP = 48;
const TEXT_MIN = 0.27;
const CASUALTY_UNITS = new Set(["dead", "injured", "missing", "rescued", "hospitalised", "casualties", "displaced", "evacuated", "critical"]);
const QUANTITY_MIN = 0.45;
/** A pair this close links even when one report holds an even closer claim. */
const STRONG = 0.55;

type Prepared = { item: AlignItem; lane: string; keys: Int32Array; words: Int32Array; context: Int32Array; ents: Int32Array };

/**
 * Groups claims that state the same fact in different reports. Candidates come from an inverted
 * index on rare words and entities within a lane (same counted unit, same person's role, prose);
 * a pair links when each is the other's best match in its report.
 */
export function clusterClaims(items: AlignItem[], onScore?: (a: number, b: number, score: number) => void): number[][] {
  const space = new FeatureSpace();
  // Claims from one sentence share its context list: build each sentence's vector once.
  const contextCache = new Map<string[], Int32Array>();
  const prepared: Prepared[] = items.map((item) => {
    const d = item.draft;
    const ents = item.entityIds.map((e) => `E:${e}`);
    const words = space.vector([...d.words, ...ents]);
    let context = contextCache.get(d.context);
    if (!context) contextCache.set(d.context, (context = space.vector(d.context)));
    const ent = space.vector(ents);
    return { item, lane: laneOf(item), keys: words, words, context, ents: ent };
  });
  const w = space.weights(items.length);
  const unitCounts = new Map<string, number>();
  for (const it of items) if (it.draft.quantity) unitCounts.set(`${it.source}|${it.draft.quantity.unit}`, (unitCounts.get(`${it.source}|${it.draft.quantity.unit}`) ?? 0) + 1);
  const postings = new Map<string, Map<number, number[]>>();
  prepared.forEach((p, idx) => {
    let lane = postings.get(p.lane);
    if (!lane) postings.set(p.lane, (lane = new Map()));
    for (const k of p.keys) {
      const list = lane.get(k);
      if (!list) lane.set(k, [idx]);
      else if (list.length < POSTING_CAP) list.push(idx);
    }
  });
  const best = prepared.map(() => new Map<number, { other: number; score: number }>());
  const strong: [number, number, number][] = [];
  // Shared-key counts in a reused typed array: the hot loop of the whole analysis.
  // Small batches look every word up; large ones only their rarest words, to stay linear.
  const keysPerClaim = items.length <= 2000 ? Number.MAX_SAFE_INTEGER : KEYS_PER_CLAIM;
  const counts = new Int32Array(items.length);
  const sourceOf = Int32Array.from(items, (it) => it.source);
  const df = space.df;
  const touched: number[] = [];
  prepared.forEach((p, idx) => {
    const lane = postings.get(p.lane)!;
    const keys = p.keys.length > keysPerClaim ? Array.from(p.keys).sort((a, b) => df[a]! - df[b]! || a - b).slice(0, keysPerClaim) : p.keys;
    const own = sourceOf[idx]!;
    touched.length = 0;
    for (const k of keys) {
      const list = lane.get(k);
      if (!list) continue;
      for (let x = 0; x < list.length; x++) {
        const o = list[x]!;
        if (sourceOf[o] === own) continue;
        if (counts[o] === 0) touched.push(o);
        counts[o]!++;
      }
    }
    const cands = touched.length > CANDIDATES_PER_CLAIM ? topByCount(touched, counts, CANDIDATES_PER_CLAIM) : touched.slice();
    for (const o of touched) counts[o] = 0;
    const min = p.lane.startsWith("q:") ? QUANTITY_MIN : TEXT_MIN;
    for (const o of cands) {
      const q = prepared[o]!;
      const score = scorePair(p, q, w, unitCounts);
      onScore?.(idx, o, score);
      if (score < min) continue;
      if (score >= STRONG && !p.lane.startsWith("q:") && idx < o) strong.push([idx, o, score]);
      const cur = best[idx]!.get(q.item.source);
      if (!cur || score > cur.score || (score === cur.score && o < cur.other)) best[idx]!.set(q.item.source, { other: o, score });
    }
  });
  // Strongest links first; two groups merge only if no report is in both, so one stray link
  // cannot chain two different facts together through a report that states both.
  const links: [number, number, number][] = [...strong];
  best.forEach((bySource, a) => {
    for (const { other: b, score } of bySource.values()) if (a < b && best[b]!.get(items[a]!.source)?.other === a) links.push([a, b, score]);
  });
  links.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const parent = items.map((_, i) => i);
  const sourcesOf = items.map((it) => new Set([it.source]));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [a, b] of links) {
    const ra = find(a), rb = find(b);
    if (ra === rb) continue;
    const [small, large] = sourcesOf[ra]!.size < sourcesOf[rb]!.size ? [ra, rb] : [rb, ra];
    if ([...sourcesOf[small]!].some((x) => sourcesOf[large]!.has(x))) continue;
    for (const x of sourcesOf[small]!) sourcesOf[large]!.add(x);
    parent[small] = large;
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}

/** The k most-shared candidates (ties to the earlier claim), without sorting them all. */
function topByCount(touched: number[], counts: Int32Array, k: number): number[] {
  let threshold = 0;
  const hist = new Map<number, number>();
  for (const o of touched) hist.set(counts[o]!, (hist.get(counts[o]!) ?? 0) + 1);
  let taken = 0;
  for (const c of [...hist.keys()].sort((a, b) => b - a)) {
    taken += hist.get(c)!;
    threshold = c;
    if (taken >= k) break;
  }
  const above = touched.filter((o) => counts[o]! > threshold);
  const at = touched.filter((o) => counts[o]! === threshold).sort((a, b) => a - b);
  return [...above, ...at.slice(0, Math.max(0, k - above.length))];
}

function laneOf(item: AlignItem): string {
  const d = item.draft;
  if (d.kind === "quantity") return `q:${d.quantity!.unit}`;
  if (d.kind === "role") return `r:${item.entityIds[0] ?? d.role!.person}`;
  if (d.kind === "attribution") return "a";
  return "t";
}

function scorePair(p: Prepared, q: Prepared, w: Float64Array, onlyOne: Map<string, number>): number {
  const a = p.item.draft, b = q.item.draft;
  if (a.kind === "role") return 1;
  const ctx = weightedJaccard(p.context, q.context, w);
  const ent = p.ents.length && q.ents.length ? weightedJaccard(p.ents, q.ents, w) : 0;
  if (a.kind === "quantity") {
    const meet = intervalsMeet(a.quantity!, b.quantity!);
    const own = weightedContainment(p.words, q.words, w);
    // A report usually gives one toll per kind of casualty: when each of the two gives exactly one,
    // and their sentences name no different places, the two tolls are likely the same fact.
    const unit = a.quantity!.unit;
    const single = onlyOne.get(`${p.item.source}|${unit}`) === 1 && onlyOne.get(`${q.item.source}|${unit}`) === 1;
    const casualty = CASUALTY_UNITS.has(unit) ? (single && !(p.ents.length && q.ents.length && ent === 0) ? 0.35 : 0.2) : 0;
    return (meet ? 0.4 : 0) + casualty + 0.6 * (0.45 * ctx + 0.25 * ent + 0.3 * own);
  }
  const own = weightedJaccard(p.words, q.words, w);
  const contained = weightedContainment(p.words, q.words, w);
  return 0.45 * own + 0.2 * contained + 0.25 * ctx + 0.1 * ent;
}
