// The last step of alignment: join claims along their links, strongest first, never putting two claims
// of one report in one group.

/** Two claims (indices) alignment found to tell one fact, and how sure it is. */
export type Link = { a: number; b: number; score: number };

/**
 * Groups of claim indices from links. Links are taken by score,
 * high to low (ties: lower a, then lower b); two groups merge only if no report is in both, so one stray
 * link cannot chain two different facts together through a report that states both. Dispute links,
 * taken last, may join groups that share a report.
 */
export function linkGroups(sourceOf: Int32Array, links: Link[], disputes: Link[] = []): number[][] {
  const n = sourceOf.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  // a group's reports; a lone claim's group is its own report, kept implicit (no set for each claim)
  const sources: (Set<number> | undefined)[] = new Array(n);
  const sizeOf = (r: number) => sources[r]?.size ?? 1;
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { a, b } of linkOrder(links)) {
    const ra = find(a),
      rb = find(b);
    if (ra === rb) continue;
    const [small, large] = sizeOf(ra) < sizeOf(rb) ? [ra, rb] : [rb, ra];
    const smallSet = sources[small] ?? new Set([sourceOf[small]!]);
    const largeSet = sources[large] ?? new Set([sourceOf[large]!]);
    let overlap = false;
    for (const x of smallSet)
      if (largeSet.has(x)) {
        overlap = true;
        break;
      }
    if (overlap) continue;
    join(small, large, smallSet, largeSet);
  }
  // Then the disputes: two rows of one count given as different figures are one disputed row, even when a
  // report gives both figures (competing estimates it quotes, or a figure it contradicts itself on).
  for (const { a, b } of linkOrder(disputes)) {
    const ra = find(a),
      rb = find(b);
    if (ra === rb) continue;
    const [small, large] = sizeOf(ra) < sizeOf(rb) ? [ra, rb] : [rb, ra];
    join(small, large, sources[small] ?? new Set([sourceOf[small]!]), sources[large] ?? new Set([sourceOf[large]!]));
  }
  function join(small: number, large: number, smallSet: Set<number>, largeSet: Set<number>) {
    for (const x of smallSet) largeSet.add(x);
    sources[large] = largeSet;
    sources[small] = undefined;
    parent[small] = large;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/**
 * Links by score, high to low, ties by a then b. Scores are bucketed first and each bucket sorted on its
 * own: the same order as one sort of all links, in time close to linear in their number.
 */
export function linkOrder(links: readonly Link[]): Link[] {
  const BUCKETS = 1024;
  let max = 0;
  for (const l of links) if (l.score > max) max = l.score;
  const scale = max > 0 ? (BUCKETS - 1) / max : 0;
  const buckets: Link[][] = Array.from({ length: BUCKETS }, () => []);
  for (const l of links) buckets[BUCKETS - 1 - Math.floor(l.score * scale)]!.push(l);
  const out: Link[] = [];
  for (const b of buckets) {
    if (b.length > 1) b.sort(byScore);
    for (const l of b) out.push(l);
  }
  return out;
}

function byScore(x: Link, y: Link): number {
  return y.score - x.score || x.a - y.a || x.b - y.b;
}
