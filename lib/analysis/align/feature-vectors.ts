/** Interns feature strings as integers and gives each claim a sorted, de-duplicated id list. */
export class FeatureSpace {
  private ids = new Map<string, number>();
  df: number[] = [];

  private scratch: number[] = [];

  /** The sorted, de-duplicated ids of the features of one or two lists. */
  vector(features: readonly string[], more?: readonly string[]): Int32Array {
    const ids = this.scratch;
    ids.length = 0;
    for (const f of features) ids.push(this.idOf(f));
    if (more) for (const f of more) ids.push(this.idOf(f));
    // claims have a few dozen features: an insertion sort that drops repeats beats a generic sort
    const sorted = new Int32Array(ids.length);
    let n = 0;
    for (const id of ids) {
      let k = n;
      while (k > 0 && sorted[k - 1]! > id) k--;
      if (k > 0 && sorted[k - 1] === id) continue;
      for (let m = n; m > k; m--) sorted[m] = sorted[m - 1]!;
      sorted[k] = id;
      n++;
    }
    const arr = n === sorted.length ? sorted : sorted.slice(0, n);
    for (let i = 0; i < arr.length; i++) this.df[arr[i]!]!++;
    return arr;
  }

  /** The id of a feature already seen, or -1. */
  lookup(f: string): number {
    return this.ids.get(f) ?? -1;
  }

  private idOf(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(f, id);
      this.df.push(0);
    }
    return id;
  }

  /** Rare words count for more: log inverse document frequency. */
  weights(total: number): Float64Array {
    return Float64Array.from(this.df, (d) => Math.log(1 + total / Math.max(1, d)));
  }
}

/** Total weight of an id list. */
export function weightOf(a: Int32Array, w: Float64Array): number {
  let t = 0;
  for (let i = 0; i < a.length; i++) t += w[a[i]!]!;
  return t;
}
