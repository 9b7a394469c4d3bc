import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";
import { resolveWeekday, type DateHit } from "./find-dates";
import { phaseOf } from "./time-phase";

// Features a clause claim carries for the verdict: its date, the things it names in pairs.

/** The clause's date phrase (a weekday first); a future clause points at the coming weekday. */
export function attachDate(claim: DraftClaim, dates: DateHit[], pt: Token[]) {
  const s = pt[0]?.start ?? claim.start;
  const e = pt[pt.length - 1]?.end ?? claim.end;
  // a piece's tokens need not be contiguous (a clause inserted between subject and verb is left out):
  // its date must start on one of them
  const mine = (x: DateHit) => x.start >= s && x.end <= e && pt.some((t) => t.start === x.start);
  const d = dates.find((x) => mine(x) && x.weekday !== null) ?? dates.find(mine);
  if (!d) return;
  // "are due to meet on Friday": a future clause points at the coming weekday, not the last one
  const future = d.weekday !== null && pt.some((t) => /^(?:will|due|set|expected|scheduled|plans?|planned|next|upcoming)$/.test(t.lower));
  const iso = future && claim.publishedAt !== undefined ? resolveWeekday(claim.publishedAt, d.weekday!, 1) : d.iso;
  claim.date = { iso, phrase: d.phrase, weekday: d.weekday, ...(d.month !== undefined ? { month: d.month } : {}) };
  // a day still to come is a plan, not a point in something's life
  const dated = d.weekday !== null || d.month !== undefined;
  const phase = dated && !future && !pt.some((t) => t.lower === "would") ? phaseOf(pt, d.start) : undefined;
  if (phase) claim.phase = phase;
  if ((claim.kind === "event" || claim.kind === "statement") && d.weekday !== null) claim.kind = "date";
}

/**
 * "gas and diesel", "the Kestrel and the Corvid": pairs of common nouns, or of names, joined by and/or,
 * sorted, for the verdict to compare.
 */
export function coordinatedPairs(pt: Token[]): string[][] {
  const out: string[][] = [];
  for (let k = 1; k + 1 < pt.length; k++) {
    const c = pt[k]!;
    if (c.lower !== "and" && c.lower !== "or") continue;
    const a = pt[k - 1]!;
    const bAt = pt[k + 1]!.lower === "the" && a.pos === "PROPN" ? k + 2 : k + 1;
    const b = pt[bAt];
    if (!b) continue;
    if (a.pos === "NOUN" && b.pos === "NOUN" && /^[a-z]/.test(a.text) && /^[a-z]/.test(b.text)) out.push([a.lemma, b.lemma].sort());
    else if (isName(a) && isName(b)) {
      // whole names: "New Town and Old Bridge"
      let s = k - 1;
      while (s > 0 && isName(pt[s - 1]!)) s--;
      let e = bAt + 1;
      while (e < pt.length && isName(pt[e]!)) e++;
      // "US and European officials": names modifying a noun describe it, they are not the list
      if (pt[e]?.pos === "NOUN") continue;
      out.push([nameOf(pt, s, k), nameOf(pt, bAt, e)].sort());
    }
  }
  return out;
}

const isName = (t: Token) => t.pos === "PROPN" && /^[A-Z]/.test(t.text);
const nameOf = (pt: Token[], s: number, e: number) =>
  pt
    .slice(s, e)
    .map((t) => t.lower)
    .join(" ");

export function auxStart(pt: Token[], verbAt: number): number {
  let k = verbAt;
  while (k > 0 && (pt[k - 1]!.pos === "AUX" || pt[k - 1]!.pos === "ADV" || pt[k - 1]!.pos === "PART")) k--;
  return k;
}

export function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s,.;:]/.test(text[e - 1]!)) e--;
  return e;
}
