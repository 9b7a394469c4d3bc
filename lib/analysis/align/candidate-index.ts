import { commonUnit } from "../claims/parse-number";
import { topByCount } from "./candidates";
import type { Prepared } from "./score-pair";

// The second stage of alignment: which claims of other reports are worth scoring against a claim. An
// inverted index per lane on words and names, read rarest key first within a budget, so the cost per claim
// stays bounded whatever the batch size while small batches still read every word.

/**
 * Keys always looked up per claim, rarest first. Few: the budget below should bind as soon as posting
 * lists fill up, or the cost per claim keeps rising with the batch until every list is at its cap (it
 * did, from 50 to 100 reports, with eight).
 */
const KEYS_PER_CLAIM = 4;
/** Most candidates scored per claim: keeps the cost linear in the number of claims. */
export const CANDIDATES_PER_CLAIM = 16;
const POSTING_CAP = 32;
/** Postings a claim reads (beyond its KEYS_PER_CLAIM rarest keys) before it stops looking. */
const POSTING_BUDGET = 120;
/** Counts of one unit across the batch at most this many: each meets all the others. */
const SMALL_UNIT = 24;
/** Every count of one unit kept for the fallback below, at most. */
const UNIT_CAP = 4 * POSTING_CAP;
/** A figure this large seldom repeats by chance, so the same value under another unit is worth a look. */
export const DISTINCTIVE_VALUE = 10;
const SPANS = new Set(["days", "years", "hours", "minutes", "seconds", "decades"]);
const BARE_FIGURE = /^[\d.,\s]+(?:million|billion|thousand|bn|m|k)?$/i;

export type Candidates = {
  /** claim indices, most keys shared first; valid until the next call */
  list: number[];
  /** the claim met no other by its words, only the other counts of its unit: they never saw it either */
  fallback: boolean;
};

type Posting = Map<number, number[]>;

export class CandidateIndex {
  private readonly postings = new Map<string, Posting>();
  /** every count of a unit, for a count whose words meet no other claim ("Thirty-eight were admitted") */
  private readonly unitMembers = new Map<string, number[]>();
  /** every count of a value, whatever unit extraction gave it: a bare "80,000" and "80,000 people" are likely one figure */
  private readonly valueMembers = new Map<number, number[]>();
  private readonly span: boolean[];
  private readonly bare: boolean[];
  /** shared-key counts in a reused typed array, and the claims they were raised for */
  private readonly counts: Int32Array;
  // (a typed buffer and a count: emptying a JS array with `length = 0` frees its store, and refilling it
  // allocated anew for every claim)
  private readonly touched: Int32Array;
  private nTouched = 0;
  private readonly list: number[] = new Array<number>(CANDIDATES_PER_CLAIM).fill(0);

  constructor(
    private readonly prepared: Prepared[],
    private readonly sourceOf: Int32Array,
    private readonly df: number[],
  ) {
    this.counts = new Int32Array(prepared.length);
    this.touched = new Int32Array(prepared.length);
    this.span = prepared.map(({ item: { draft: d } }) => !!d.quantity && SPANS.has(commonUnit(d.quantity.unit)));
    this.bare = prepared.map(({ item: { draft: d } }) => !!d.quantity && BARE_FIGURE.test(d.summary.trim()));
    prepared.forEach((p, idx) => {
      if (p.laneKind === "quantity") {
        push(this.unitMembers, p.lane, idx, UNIT_CAP);
        push(this.valueMembers, p.item.draft.quantity!.value, idx, POSTING_CAP);
      }
      for (const lane of p.lanes) this.index(lane, p, idx);
    });
  }

  /** The claims of other reports to score against claim idx; with `byValue`, also counts of its value under another unit. */
  candidatesOf(idx: number, byValue: boolean): Candidates {
    const p = this.prepared[idx]!;
    const { counts, touched } = this;
    this.nTouched = 0;
    let most = this.readPostings(p, idx);
    // A count whose words meet no other claim still meets the other counts of its unit; in a story-sized
    // batch, where a unit has few counts, every count meets all of them.
    const members = p.laneKind === "quantity" ? this.unitMembers.get(p.lane)! : undefined;
    const fallback = !!members && this.nTouched === 0;
    if (members && (fallback || members.length <= SMALL_UNIT)) {
      for (const o of members)
        if (this.sourceOf[o] !== this.sourceOf[idx] && counts[o] === 0) {
          touched[this.nTouched++] = o;
          counts[o] = 1;
          most ||= 1;
        }
    }
    if (members && byValue) most = this.addSameValue(idx, most);
    const n = this.nTouched;
    const list = n > CANDIDATES_PER_CLAIM ? topByCount(touched.subarray(0, n), counts, most, CANDIDATES_PER_CLAIM) : this.copyOut(n);
    for (let k = 0; k < n; k++) counts[touched[k]!] = 0;
    return { list, fallback };
  }

  /** The touched claims as the reused list (there are no more than CANDIDATES_PER_CLAIM). */
  private copyOut(n: number): number[] {
    const list = this.list;
    list.length = n;
    for (let k = 0; k < n; k++) list[k] = this.touched[k]!;
    return list;
  }

  /** Raises the shared-key count of every claim sharing a key with p; returns the highest count. */
  private readPostings(p: Prepared, idx: number): number {
    const { counts, touched, sourceOf } = this;
    const own = sourceOf[idx]!;
    let size = this.nTouched;
    // rarest first only matters when the budget stops the scan early
    const keys = p.keys.length > KEYS_PER_CLAIM && this.postingsOf(p) > POSTING_BUDGET ? this.byRarity(p.keys) : p.keys;
    let most = 0;
    for (const laneName of p.lanes) {
      const lane = this.postings.get(laneName)!;
      let read = 0;
      for (let n = 0; n < keys.length && (n < KEYS_PER_CLAIM || read < POSTING_BUDGET); n++) {
        const list = lane.get(keys[n]!);
        if (!list) continue;
        read += list.length;
        for (let x = 0; x < list.length; x++) {
          const o = list[x]!;
          if (sourceOf[o] === own) continue;
          if (counts[o] === 0) touched[size++] = o;
          if (++counts[o]! > most) most = counts[o]!;
        }
      }
    }
    this.nTouched = size;
    return most;
  }

  /**
   * Counts of the same value under another unit. (The hand-weighted score has no notion of another unit:
   * only the model, which weighs it, sees these.) A bare figure's unit is a guess worth looking past, and a
   * large figure seldom repeats by chance; small ones do: "3 injuries" and a "three-year-old conflict" stay
   * apart. Spans of time are their own dimension: "30 minutes" never meets "30 fishing boats" this way.
   */
  private addSameValue(idx: number, most: number): number {
    const { counts, touched, sourceOf, bare, span } = this;
    let size = this.nTouched;
    const value = this.prepared[idx]!.item.draft.quantity!.value;
    for (const o of this.valueMembers.get(value)!) {
      if (sourceOf[o] === sourceOf[idx] || !(bare[idx] || bare[o] || value >= DISTINCTIVE_VALUE) || (span[idx] !== span[o] && !bare[idx] && !bare[o])) continue;
      if (counts[o] === 0) touched[size++] = o;
      counts[o] = Math.max(counts[o]!, 2);
      most = Math.max(most, 2);
    }
    this.nTouched = size;
    return most;
  }

  private index(laneName: string, p: Prepared, idx: number): void {
    let lane = this.postings.get(laneName);
    if (!lane) this.postings.set(laneName, (lane = new Map()));
    for (const k of p.keys) push(lane, k, idx, POSTING_CAP);
  }

  private postingsOf(p: Prepared): number {
    let n = 0;
    for (const laneName of p.lanes) {
      const lane = this.postings.get(laneName)!;
      for (const k of p.keys) n += lane.get(k)?.length ?? 0;
    }
    return n;
  }

  /** Each key's place in the batch's vocabulary ordered rarest first (ties by id), and the reverse. */
  private rank: Int32Array | null = null;
  private keyAt: Int32Array | null = null;

  /** The keys, rarest first: a numeric sort of their ranks (no comparator called per pair). */
  private byRarity(keys: Int32Array): Int32Array {
    if (!this.rank) {
      const order = Int32Array.from(this.df.keys()).sort((a, b) => this.df[a]! - this.df[b]! || a - b);
      this.keyAt = order;
      this.rank = new Int32Array(order.length);
      order.forEach((key, r) => (this.rank![key] = r));
    }
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.rank[keys[i]!]!;
    out.sort();
    for (let i = 0; i < out.length; i++) out[i] = this.keyAt![out[i]!]!;
    return out;
  }
}

function push<K>(map: Map<K, number[]>, key: K, idx: number, cap: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [idx]);
  else if (list.length < cap) list.push(idx);
}
