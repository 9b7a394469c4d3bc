import { kinOf, senseCount, type Kin } from "./word-kin";

// WordNet kinship between every two words of one batch, worked out once for the batch: comparing two
// claims is then a few bit tests instead of set lookups over every sense of every word, which made this
// the hottest loop of alignment. Two words are kin when one's senses meet what the other's reach (its
// senses and their derivations; with hypernyms also their direct kinds), the relation kin() tests.

/**
 * Scratch buckets by sense, reused from batch to batch (a stamp tells this batch's from stale ones): for
 * each sense, the words of the batch that reach it, as a linked list through `next`.
 */
let head = new Int32Array(0);
let stamp = new Int32Array(0);
let batch = 0;

/** Above this many words the relation is kept as sets of ids, not as a bit matrix (which grows as its square). */
const DENSE_MAX = 8192;

export class KinIndex {
  private readonly ids = new Map<string, number>();
  private readonly width: number;
  private readonly bits: Uint32Array | null;
  /** the relation read the other way: row b holds every a that is kin of b (dense form only) */
  private readonly reverse: Uint32Array | null;
  private readonly sets: Set<number>[] | null;

  constructor(words: Iterable<string>, hypernyms: boolean, denseMax = DENSE_MAX) {
    const kins: Kin[] = [];
    for (const word of words) {
      if (this.ids.has(word)) continue;
      const kin = kinOf(word, hypernyms);
      if (kin.senses.length) {
        this.ids.set(word, kins.length);
        kins.push(kin);
      }
    }
    const n = kins.length;
    this.width = (n + 31) >>> 5;
    this.bits = n <= denseMax ? new Uint32Array(n * this.width) : null;
    this.reverse = this.bits ? new Uint32Array(n * this.width) : null;
    this.sets = this.bits ? null : kins.map(() => new Set<number>());
    // Words meet through senses: each word is filed under every sense it reaches, then each word's own
    // senses are looked up there (no map of lists built per batch, no sort)
    const senses = senseCount();
    if (head.length < senses) {
      head = new Int32Array(senses * 2);
      stamp = new Int32Array(senses * 2);
    }
    batch++;
    let entries = 0;
    for (const k of kins) entries += k.reach.length;
    const next = new Int32Array(entries),
      wordOf = new Int32Array(entries);
    let e = 0;
    kins.forEach((kin, id) => {
      for (const s of kin.reach) {
        if (stamp[s] !== batch) {
          stamp[s] = batch;
          head[s] = -1;
        }
        wordOf[e] = id;
        next[e] = head[s]!;
        head[s] = e++;
      }
    });
    kins.forEach((kin, a) => {
      for (const s of kin.senses) {
        if (stamp[s] !== batch) continue;
        for (let at = head[s]!; at >= 0; at = next[at]!) {
          const b = wordOf[at]!;
          this.mark(a, b);
          // derivation pointers come in pairs, hypernyms point one way: then also what b reaches among a's senses
          if (hypernyms) this.mark(b, a);
        }
      }
    });
  }

  /** The word's id, or -1 when WordNet has no sense of it. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Whether word a (by id) is kin of word b. */
  related(a: number, b: number): boolean {
    if (this.bits) return (this.bits[a * this.width + (b >>> 5)]! & (1 << (b & 31))) !== 0;
    return this.sets![a]!.has(b);
  }

  /**
   * Every word kin of at least one of `ids`, as a bit set (null in the sparse form): a claim's mask, so
   * that whether a word of another claim is kin of any of its words is one bit test.
   */
  kinMask(ids: Int32Array): Uint32Array | null {
    if (!this.reverse) return null;
    const mask = new Uint32Array(this.width);
    for (const b of ids) {
      const row = b * this.width;
      for (let k = 0; k < this.width; k++) mask[k]! |= this.reverse[row + k]!;
    }
    return mask;
  }

  private mark(a: number, b: number) {
    if (this.bits) {
      this.bits[a * this.width + (b >>> 5)]! |= 1 << (b & 31);
      this.reverse![b * this.width + (a >>> 5)]! |= 1 << (a & 31);
    } else this.sets![a]!.add(b);
  }
}
