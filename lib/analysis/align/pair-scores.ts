// The score of every pair alignment compared, kept beside each claim rather than in one hash map: a claim
// compares a few candidates only, so finding a pair is a scan of a handful of adjacent slots. With a Map
// keyed by pair, its lookups were a fifth of alignment's time on a batch of 200 reports (cache misses).

export class PairScores {
  private readonly others: Int32Array;
  private readonly scores: Float64Array;
  private readonly conflicts: Uint8Array;
  private readonly counts: Uint8Array;

  /** `perClaim`: the most pairs any one claim records (at most 255). */
  constructor(
    claims: number,
    private readonly perClaim: number,
  ) {
    this.others = new Int32Array(claims * perClaim);
    this.scores = new Float64Array(claims * perClaim);
    this.conflicts = new Uint8Array(claims * perClaim);
    this.counts = new Uint8Array(claims);
  }

  /** Records the score claim `from` gave claim `to`; a second score for the same pair keeps the higher. */
  set(from: number, to: number, score: number, conflict = false): void {
    const slot = this.slotOf(from, to);
    if (slot >= 0) {
      if (score > this.scores[slot]!) this.scores[slot] = score;
      return;
    }
    const n = this.counts[from]!;
    if (n >= this.perClaim) throw new Error(`claim ${from} compared more than ${this.perClaim} candidates`);
    const at = from * this.perClaim + n;
    this.others[at] = to;
    this.scores[at] = score;
    this.conflicts[at] = conflict ? 1 : 0;
    this.counts[from] = n + 1;
  }

  /** The score `from` recorded for `to`, or undefined. */
  given(from: number, to: number): number | undefined {
    const slot = this.slotOf(from, to);
    return slot >= 0 ? this.scores[slot] : undefined;
  }

  /** Whether `from` recorded its pair with `to` as conflicting (figures or clock times that differ). */
  conflicted(from: number, to: number): boolean {
    const slot = this.slotOf(from, to);
    return slot >= 0 && this.conflicts[slot] === 1;
  }

  /** The pair's score, whichever claim recorded it (the higher if both did), or undefined. */
  get(a: number, b: number): number | undefined {
    const x = this.given(a, b),
      y = this.given(b, a);
    return x === undefined ? y : y === undefined ? x : Math.max(x, y);
  }

  private slotOf(from: number, to: number): number {
    const start = from * this.perClaim,
      end = start + this.counts[from]!;
    for (let i = start; i < end; i++) if (this.others[i] === to) return i;
    return -1;
  }
}
