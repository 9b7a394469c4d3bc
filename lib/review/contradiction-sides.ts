import { claimAnchor } from "./claim-anchor";

export type SideClaim = { key: string; reportId: string; start: number; end: number; kind: string; text?: string };
export type SideName = "a" | "b";
/** One side of a contradiction: its named wording, that claim's text and stable anchor, and who says it. */
export type ContradictionSide = { side: SideName; words: string; text: string; anchor: string | null; reportIds: string[] };

type NamedClaim = { sourceId: string; claimId: string; words: string };

const isNamed = (item: unknown): item is NamedClaim =>
  !!item &&
  typeof item === "object" &&
  "claimId" in item &&
  "words" in item &&
  "sourceId" in item &&
  typeof item.claimId === "string" &&
  typeof item.words === "string" &&
  typeof item.sourceId === "string";

/**
 * The two sides of a contradiction as the analysis stored them (`differences` names one claim of
 * each side, `sides` says which side every claim of the cluster takes), with the reports on each,
 * in the order the claims are given. Null when the cluster is no contradiction or its sides are
 * unknown (an analysis from before sides were recorded).
 */
export function contradictionSides(cluster: {
  verdict: string;
  differences: unknown;
  sides: unknown;
  claims: SideClaim[];
}): [ContradictionSide, ContradictionSide] | null {
  if (cluster.verdict !== "contradict" || !Array.isArray(cluster.differences)) return null;
  const [a, b] = cluster.differences;
  if (!isNamed(a) || !isNamed(b)) return null;
  const taken = cluster.sides && typeof cluster.sides === "object" ? (cluster.sides as Record<string, unknown>) : {};
  const build = (side: SideName, named: NamedClaim): ContradictionSide => {
    const namedClaim = cluster.claims.find((claim) => claim.key === named.claimId);
    const members = cluster.claims.filter((claim) => claim.key === named.claimId || taken[claim.key] === side);
    const reportIds = [...new Set([named.sourceId, ...members.map((claim) => claim.reportId)])];
    return { side, words: named.words, text: namedClaim?.text ?? named.words, anchor: namedClaim ? claimAnchor(namedClaim) : null, reportIds };
  };
  return [build("a", a), build("b", b)];
}
