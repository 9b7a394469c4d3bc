import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { buildClaimMatrix, type ClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import type { MatrixFilters } from "@/lib/matrix/matrix-filters";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { indexByAnchor, matchReview } from "@/lib/review/match-review";

export type StoryMatrix = ClaimMatrix & {
  story: { id: string; slug: string; title: string; eventDate: Date | null; updatedAt: Date; analyzedAt: Date | null };
  entities: { id: string; canonical: string; type: string }[];
};

/**
 * The claim matrix of a story. Four queries whatever the story's size: the story with its
 * reports, its clusters with their claims, its entities, its reviews.
 */
export async function getClaimMatrix(actor: Actor | null, slug: string, filters: MatrixFilters): Promise<StoryMatrix> {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, eventDate: true, updatedAt: true, analyzedAt: true,
      reports: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, outletName: true, title: true, fileName: true, family: true, familyLabel: true, publishedAt: true },
      },
    },
  });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  const [clusters, entities, reviews] = await Promise.all([
    db.cluster.findMany({
      where: { storyId: story.id },
      orderBy: { position: "asc" },
      select: {
        id: true, kind: true, summary: true, verdict: true, reason: true, position: true, reportCount: true,
        independentCount: true, differences: true,
        claims: {
          orderBy: { start: "asc" },
          select: { id: true, key: true, reportId: true, start: true, end: true, kind: true, text: true, quantity: true, entities: { select: { entityId: true } } },
        },
      },
    }),
    db.entity.findMany({ where: { storyId: story.id }, orderBy: { canonical: "asc" }, select: { id: true, canonical: true, type: true } }),
    db.clusterReview.findMany({ where: { storyId: story.id }, select: { anchorRef: true, status: true, updatedAt: true } }),
  ]);
  const reviewsByRef = indexByAnchor(reviews);
  const { reports, ...storyFields } = story;
  const matrix = buildClaimMatrix(
    reports.map((report) => ({
      id: report.id,
      label: report.outletName ?? report.title ?? report.fileName ?? "Untitled report",
      title: report.title,
      family: report.family ?? report.id,
      familyLabel: report.familyLabel ?? report.outletName ?? "Unknown source",
      publishedAt: report.publishedAt,
    })),
    clusters.map(({ claims, ...cluster }) => ({
      ...cluster,
      status: matchReview(claims.map(claimAnchor), reviewsByRef).review?.status,
      claims: claims.map(({ entities: links, ...claim }) => ({ ...claim, entityIds: links.map((link) => link.entityId) })),
    })),
    filters,
  );
  return { ...matrix, story: storyFields, entities };
}
