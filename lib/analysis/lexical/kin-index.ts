import { kinOf, type Kin } from "./word-kin";

// WordNet kinship between every two words of one batch, worked out once for the batch: comparing two
// claims is then a few bit tests instead of set lookups over every sense of every word, which made this
// the hottest loop of alignment. Two words are kin when one's senses meet what the other's reach (its
// senses and their derivations; with hypernyms also their direct kinds), the relation kin() tests.

/** Packs (sense, word id) pairs as sense * ID_SPAN + id: exact in a double while ids stay below it. */
const ID_SPAN = 2 ** 21;

function pack(kins: Kin[], of: (k: Kin) => Int32Array): Float64Array {
  let n = 0;
  for (const k of kins) n += of(k).length;
  const out = new Float64Array(n);
  let at = 0;
  kins.forEach((k, id) => {
    for (const s of of(k)) out[at++] = s * ID_SPAN + id;
  });
  return out.sort();
}

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
    // Words meet through senses: one sorted list of (sense, word) for what each word has and one for what
    // it reaches, joined sense by sense (sorting two number arrays beat building a map of lists per sense).
    const having = pack(kins, (k) => k.senses);
    const reaching = pack(kins, (k) => k.reach);
    for (let h = 0, r = 0; h < having.length && r < reaching.length;) {
      const sense = Math.floor(having[h]! / ID_SPAN);
      const other = Math.floor(reaching[r]! / ID_SPAN);
      if (sense !== other) {
        if (sense < other) h++;
        else r++;
        continue;
      }
      let hEnd = h,
        rEnd = r;
      while (hEnd < having.length && Math.floor(having[hEnd]! / ID_SPAN) === sense) hEnd++;
      while (rEnd < reaching.length && Math.floor(reaching[rEnd]! / ID_SPAN) === sense) rEnd++;
      for (let i = h; i < hEnd; i++)
        for (let j = r; j < rEnd; j++) {
          const a = having[i]! % ID_SPAN,
            b = reaching[j]! % ID_SPAN;
          this.mark(a, b);
          // derivation pointers come in pairs, hypernyms point one way: then also what b reaches among a's senses
          if (hypernyms) this.mark(b, a);
        }
      h = hEnd;
      r = rEnd;
    }
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
