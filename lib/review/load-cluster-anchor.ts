import "server-only";
import { claimRef } from "@/lib/analysis/align/apply-alignment-edits";
import { AppError } from "@/lib/errors";
import { claimAnchor } from "./claim-anchor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ClusterAnchor = { storyId: string; clusterId: string; verdict: string; independentCount: number; refs: string[]; spans: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stable anchors of a cluster's claims, earliest report first: the first one anchors a new
 * review or comment, and any of them finds an existing one. `spans` are the plain span refs
 * that alignment edits are recorded under.
 */
export async function loadClusterAnchor(tx: Prisma.TransactionClient, storySlug: string, clusterId: string): Promise<ClusterAnchor> {
  const cluster = UUID.test(clusterId)
    ? await tx.cluster.findFirst({
        where: { id: clusterId, story: { slug: storySlug } },
        select: {
          storyId: true,
          verdict: true,
          independentCount: true,
          claims: { orderBy: [{ report: { createdAt: "asc" } }, { start: "asc" }], select: { reportId: true, start: true, end: true, kind: true } },
        },
      })
    : null;
  if (!cluster || cluster.claims.length === 0) {
    throw new AppError("not_found", "This claim is no longer in the story: its reports changed since the page was loaded. Reload it.");
  }
  return {
    storyId: cluster.storyId,
    clusterId,
    verdict: cluster.verdict,
    independentCount: cluster.independentCount,
    refs: [...new Set(cluster.claims.map(claimAnchor))],
    spans: [...new Set(cluster.claims.map((claim) => claimRef(claim.reportId, claim.start, claim.end)))],
  };
}
