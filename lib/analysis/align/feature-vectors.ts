/** Interns feature strings as integers and gives each claim a sorted, de-duplicated id list. */
export class FeatureSpace {
  private ids = new Map<string, number>();
  df: number[] = [];

  // reused from claim to claim (a typed buffer: emptying a JS array frees its store)
  private scratch = new Int32Array(64);
  private n = 0;

  /** The sorted, de-duplicated ids of the features of one or two lists. */
  vector(features: readonly string[], more?: readonly string[]): Int32Array {
    const total = features.length + (more?.length ?? 0);
    if (this.scratch.length < total) this.scratch = new Int32Array(2 * total);
    this.n = 0;
    for (const f of features) this.insert(this.idOf(f));
    if (more) for (const f of more) this.insert(this.idOf(f));
    const arr = this.scratch.slice(0, this.n);
    for (let i = 0; i < arr.length; i++) this.df[arr[i]!]!++;
    return arr;
  }

  /** Claims have a few dozen features: an insertion sort that drops repeats beats a generic sort. */
  private insert(id: number): void {
    const sorted = this.scratch;
    let k = this.n;
    while (k > 0 && sorted[k - 1]! > id) k--;
    if (k > 0 && sorted[k - 1] === id) return;
    for (let m = this.n; m > k; m--) sorted[m] = sorted[m - 1]!;
    sorted[k] = id;
    this.n++;
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
