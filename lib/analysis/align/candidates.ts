import type { Link } from "./link-groups";

// Candidate bookkeeping for alignment: entity keys, best match per report, most-shared candidates.

export const NO_KEYS: string[] = [];
const entityKeys = new Map<string, string>();
/** Entities live in the same feature space as words, under a prefix no word has. */
export function entityKey(id: string): string {
  let key = entityKeys.get(id);
  if (key === undefined) {
    if (entityKeys.size > 100_000) entityKeys.clear();
    entityKeys.set(id, (key = `E:${id}`));
  }
  return key;
}

export type Best = { source: number; other: number; score: number };

/** Keeps the best-scoring claim per other report (ties to the earlier claim). */
export function offer(list: Best[], source: number, other: number, score: number) {
  const cur = list.find((b) => b.source === source);
  if (!cur) list.push({ source, other, score });
  else if (score > cur.score || (score === cur.score && other < cur.other)) {
    cur.other = other;
    cur.score = score;
  }
}

/** The k most-shared candidates (ties to the earlier claim), without sorting them all. */
export function topByCount(touched: ArrayLike<number> & Iterable<number>, counts: Int32Array, most: number, k: number): number[] {
  const hist = new Int32Array(most + 1);
  for (const o of touched) hist[counts[o]!]!++;
  let threshold = most;
  for (let taken = 0; threshold > 0; threshold--) {
    taken += hist[threshold]!;
    if (taken >= k) break;
  }
  threshold = Math.max(threshold, 1);
  const out: number[] = [];
  // those at the threshold: the earliest claims, by a bounded insertion sort (at most k kept)
  const low: number[] = [];
  for (const o of touched) {
    const c = counts[o]!;
    if (c > threshold) out.push(o);
    else if (c === threshold) keepLowest(low, o, k);
  }
  low.length = Math.max(0, Math.min(low.length, k - out.length));
  for (const o of low) out.push(o);
  return out;
}

/** Inserts o into the ascending list `low`, keeping at most `most` of the smallest. */
function keepLowest(low: number[], o: number, most: number): void {
  if (low.length === most && o >= low[most - 1]!) return;
  let i = low.length === most ? most - 1 : low.length;
  while (i > 0 && low[i - 1]! > o) {
    low[i] = low[i - 1]!;
    i--;
  }
  low[i] = o;
}

/** Links between claims that are each other's best match in the other's report. */
export function mutualBest(best: Best[][], sourceOf: Int32Array): Link[] {
  const out: Link[] = [];
  best.forEach((mine, a) => {
    const src = sourceOf[a]!;
    for (const { other: b, score } of mine) if (a < b && best[b]!.find((x) => x.source === src)?.other === a) out.push({ a, b, score });
  });
  return out;
}
