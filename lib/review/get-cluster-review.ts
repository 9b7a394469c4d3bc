import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { reportName } from "@/lib/stories/report-name";
import { contradictionSides } from "./contradiction-sides";
import { loadClusterAnchor } from "./load-cluster-anchor";
import { indexByAnchor, matchReview } from "./match-review";
import { clusterFlag } from "./review-status";
import { toSnapshot, UNREVIEWED } from "./review-snapshot";

/** A cluster's review, its comments and its audit trail, all found through its claims' refs. */
export async function getClusterReview(actor: Actor | null, storySlug: string, clusterId: string) {
  assertCan(actor, "story:read");
  const anchor = await loadClusterAnchor(db, storySlug, clusterId);
  const where = { storyId: anchor.storyId };
  const [reviews, comments, events, cluster] = await Promise.all([
    db.clusterReview.findMany({
      where: { ...where, anchorRef: { in: anchor.refs } },
      select: { anchorRef: true, status: true, note: true, evidence: true, rightSide: true, version: true, updatedByName: true, updatedAt: true },
    }),
    db.claimComment.findMany({
      where: { ...where, anchorRef: { in: anchor.refs } },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, authorName: true, createdAt: true },
    }),
    db.auditEvent.findMany({
      where: { ...where, subject: { in: [...anchor.refs, ...anchor.spans] } },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, actorName: true, action: true, before: true, after: true, createdAt: true },
    }),
    db.cluster.findUniqueOrThrow({
      where: { id: anchor.clusterId },
      select: {
        verdict: true,
        differences: true,
        sides: true,
        claims: {
          select: { key: true, reportId: true, start: true, end: true, kind: true, report: { select: { outletName: true, title: true, fileName: true } } },
        },
      },
    }),
  ]);
  const names = new Map(cluster.claims.map((claim) => [claim.reportId, reportName(claim.report)]));
  const sides = contradictionSides(cluster)?.map((side) => ({ ...side, reportNames: side.reportIds.map((id) => names.get(id) ?? "a report") })) ?? null;
  const { review, matches } = matchReview(anchor.refs, indexByAnchor(reviews));
  return {
    review: review ? toSnapshot(review) : UNREVIEWED,
    // More than one: a re-analysis joined claims reviewed apart; the most recent review is shown.
    matchingReviews: matches,
    flag: clusterFlag(anchor),
    verdict: anchor.verdict,
    /** A contradiction's two sides, each with the reports that take it; null otherwise. */
    sides,
    comments,
    events,
  };
}

export type ClusterReviewView = Awaited<ReturnType<typeof getClusterReview>>;
