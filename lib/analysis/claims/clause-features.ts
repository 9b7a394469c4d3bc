import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";
import { resolveWeekday, type DateHit } from "./find-dates";

// Features a clause claim carries for the verdict: its date, the things it names in pairs.

/** The clause's date phrase (a weekday first); a future clause points at the coming weekday. */
export function attachDate(claim: DraftClaim, dates: DateHit[], pt: Token[]) {
  const s = pt[0]?.start ?? claim.start;
  const e = pt[pt.length - 1]?.end ?? claim.end;
  const d = dates.find((x) => x.start >= s && x.end <= e && x.weekday !== null) ?? dates.find((x) => x.start >= s && x.end <= e);
  if (!d) return;
  // "are due to meet on Friday": a future clause points at the coming weekday, not the last one
  const future = d.weekday !== null && pt.some((t) => /^(?:will|due|set|expected|scheduled|plans?|planned|next|upcoming)$/.test(t.lower));
  const iso = future && claim.publishedAt !== undefined ? resolveWeekday(claim.publishedAt, d.weekday!, 1) : d.iso;
  claim.date = { iso, phrase: d.phrase, weekday: d.weekday };
  if ((claim.kind === "event" || claim.kind === "statement") && d.weekday !== null) claim.kind = "date";
}

/** "gas and diesel": pairs of common nouns joined by and/or, sorted, for the verdict to compare. */
export function coordinatedPairs(pt: Token[]): string[][] {
  const out: string[][] = [];
  for (let k = 1; k + 1 < pt.length; k++) {
    const a = pt[k - 1]!, c = pt[k]!, b = pt[k + 1]!;
    if ((c.lower === "and" || c.lower === "or") && a.pos === "NOUN" && b.pos === "NOUN" && /^[a-z]/.test(a.text) && /^[a-z]/.test(b.text)) out.push([a.lemma, b.lemma].sort());
  }
  return out;
}

export function auxStart(pt: Token[], verbAt: number): number {
  let k = verbAt;
  while (k > 0 && (pt[k - 1]!.pos === "AUX" || pt[k - 1]!.pos === "ADV" || pt[k - 1]!.pos === "PART")) k--;
  return k;
}

export function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s,.;:]/.test(text[e - 1]!)) e--;
  return e;
}
