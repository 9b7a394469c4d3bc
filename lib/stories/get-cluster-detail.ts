import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** One cluster with its claims and, for moving claims, every other cluster of the story. */
export async function getClusterDetail(actor: Actor | null, storySlug: string, clusterId: string) {
  assertCan(actor, "story:read");
  if (!/^[0-9a-f-]{36}$/i.test(clusterId)) throw new AppError("not_found", "No such claim.");
  const cluster = await db.cluster.findFirst({
    where: { id: clusterId, story: { slug: storySlug } },
    include: {
      story: { select: { id: true, slug: true, title: true } },
      claims: {
        orderBy: [{ reportId: "asc" }, { start: "asc" }],
        select: {
          id: true,
          text: true,
          kind: true,
          start: true,
          end: true,
          report: { select: { id: true, outletName: true, title: true, fileName: true, familyLabel: true } },
        },
      },
    },
  });
  if (!cluster) throw new AppError("not_found", "No such claim in this story; the analysis may have changed since the link was made.");
  const others = await db.cluster.findMany({
    where: { storyId: cluster.storyId, id: { not: cluster.id } },
    orderBy: { position: "asc" },
    select: { id: true, summary: true, verdict: true, claims: { take: 1, orderBy: { start: "asc" }, select: { id: true } } },
  });
  return {
    ...cluster,
    others: others.flatMap((other) => (other.claims[0] ? [{ id: other.id, summary: other.summary, verdict: other.verdict, claimId: other.claims[0].id }] : [])),
  };
}

export type ClusterDetail = Awaited<ReturnType<typeof getClusterDetail>>;
