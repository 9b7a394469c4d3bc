// Review statuses and flags: plain data shared by pages, the matrix and the domain operations.

export const REVIEW_STATUSES = ["unverified", "verified", "disputed", "false", "needs_source", "not_a_claim"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_LABEL: Record<ReviewStatus, string> = {
  unverified: "Unverified",
  verified: "Verified",
  disputed: "Disputed",
  false: "False",
  needs_source: "Needs another source",
  not_a_claim: "Not a claim",
};

/** What each status tells a reader; "disputed" and "unverified" are easy to confuse. */
export const STATUS_HELP: Record<ReviewStatus, string> = {
  unverified: "nobody has checked it yet",
  verified: "checked and confirmed",
  disputed: "checked: the sources conflict and it cannot be settled yet",
  false: "checked and shown to be wrong",
  needs_source: "checked: it needs another, independent source",
  not_a_claim: "dismissed: the analysis misread this, it is not a claim",
};

/** A flag stays open until an editor settles the claim either way. */
export const SETTLED_STATUSES: readonly ReviewStatus[] = ["verified", "false", "not_a_claim"];

export type ClusterFlag = "contradicted" | "single_source";

export const FLAG_LABEL: Record<ClusterFlag, string> = { contradicted: "Contradicted", single_source: "Single source" };

/** Raised automatically: reports contradict each other, or only one independent source says it. */
export function clusterFlag(cluster: { verdict: string; independentCount: number }): ClusterFlag | null {
  if (cluster.verdict === "contradict") return "contradicted";
  if (cluster.independentCount <= 1) return "single_source";
  return null;
}

export function isOpenFlag(cluster: { verdict: string; independentCount: number }, status: ReviewStatus): boolean {
  return clusterFlag(cluster) !== null && !SETTLED_STATUSES.includes(status);
}
