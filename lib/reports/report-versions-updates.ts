// Which claims a new version of one report changed: a figure or wording that moved between an
// outlet's versions is an update of that outlet's account, not a second source disagreeing.
// Pure: the database side is in report-versions.ts.
import { diffWords, tokenize } from "@/lib/diff/diff-words";

export type VersionClaim = { kind: string; text: string; summary: string; subject?: string | null; quantity?: unknown };

export type ClaimUpdate = {
  kind: string;
  /** "people dead 2 → 3", or the words that changed: "said → denied" */
  label: string;
  before: string;
  after: string;
  /** the claim's words in the new version, to find it in the matrix */
  afterText: string;
};

// Two wordings of one claim share most of their words; below this they are different claims.
const MIN_OVERLAP = 0.5;

/** Pairs the claims of the old version that are gone with the new claims that took their place. */
export function findClaimUpdates(before: VersionClaim[], after: VersionClaim[]): ClaimUpdate[] {
  const oldTexts = new Set(before.map((claim) => claim.text));
  const newTexts = new Set(after.map((claim) => claim.text));
  const gone = before.filter((claim) => !newTexts.has(claim.text));
  const fresh = after.filter((claim) => !oldTexts.has(claim.text));
  const taken = new Set<VersionClaim>();
  const updates: ClaimUpdate[] = [];
  for (const old of gone) {
    let best: VersionClaim | null = null;
    let bestScore = MIN_OVERLAP;
    for (const candidate of fresh) {
      if (candidate.kind !== old.kind || taken.has(candidate)) continue;
      const score = sameQuantity(old, candidate) ? 1 : overlap(old.text, candidate.text);
      if (score >= bestScore && (!best || score > bestScore)) [best, bestScore] = [candidate, score];
    }
    if (!best) continue;
    taken.add(best);
    updates.push({ kind: old.kind, label: describeUpdate(old, best), before: old.summary, after: best.summary, afterText: best.text });
  }
  return updates;
}

type Figure = { value: number; unit: string };

function figureOf(claim: VersionClaim): Figure | null {
  const q = claim.quantity as Partial<Figure> | null | undefined;
  return q && typeof q.value === "number" && typeof q.unit === "string" ? { value: q.value, unit: q.unit } : null;
}

/** The same thing counted (people dead, homes destroyed) with another figure. */
function sameQuantity(a: VersionClaim, b: VersionClaim): boolean {
  const [x, y] = [figureOf(a), figureOf(b)];
  return !!x && !!y && x.unit === y.unit && x.value !== y.value && (a.subject ?? null) === (b.subject ?? null);
}

function overlap(a: string, b: string): number {
  const left = new Set(tokenize(a).map((token) => token.key));
  const right = new Set(tokenize(b).map((token) => token.key));
  const shared = [...left].filter((key) => right.has(key)).length;
  return shared / Math.max(1, new Set([...left, ...right]).size);
}

function describeUpdate(old: VersionClaim, now: VersionClaim): string {
  const [x, y] = [figureOf(old), figureOf(now)];
  if (x && y && x.unit === y.unit && x.value !== y.value) return `${old.subject ?? x.unit} ${x.value} → ${y.value}`;
  const diff = diffWords(old.text, now.text);
  const removed = diff.a
    .filter((part) => part.op === "removed")
    .map((part) => part.text.trim())
    .join(" ");
  const added = diff.b
    .filter((part) => part.op === "added")
    .map((part) => part.text.trim())
    .join(" ");
  return `${removed || "—"} → ${added || "—"}`;
}

/**
 * The changes worth naming once: a reworded claim that only carries a changed figure ("Two people
 * died in the fire" → "Three …") says again what the figure's own update says.
 */
export function summarizeUpdates(updates: Pick<ClaimUpdate, "kind" | "label" | "afterText">[]): string[] {
  const figures = updates.filter((update) => update.kind === "quantity");
  const kept = updates.filter((update) => update.kind === "quantity" || !figures.some((figure) => update.afterText.includes(figure.afterText)));
  return [...new Set(kept.map((update) => update.label))];
}
