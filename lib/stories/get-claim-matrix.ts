import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { prepareClaimMatrix, viewClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import type { MatrixFilters } from "@/lib/matrix/matrix-filters";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { indexByAnchor, matchReview } from "@/lib/review/match-review";
import { readCachedMatrix, writeCachedMatrix } from "./matrix-cache";

const REPORT_FIELDS = {
  id: true, title: true, outletName: true, url: true, byline: true, publishedAt: true, fileName: true,
  format: true, charCount: true, createdAt: true, family: true, familyLabel: true,
} as const;

/**
 * The claim matrix of a story, one page of it, with the story's reports. Two queries when
 * the story's matrix is cached (the story with its reports, its reviews' stamp), five when
 * it is not; never more as the story grows.
 */
export async function getClaimMatrix(actor: Actor | null, slug: string, filters: MatrixFilters, pageSize?: number) {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, eventDate: true, updatedAt: true, analyzedAt: true,
      reports: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REPORT_FIELDS },
    },
  });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  const reviewed = await db.clusterReview.aggregate({ where: { storyId: story.id }, _max: { updatedAt: true }, _count: true });
  const stamp = `${story.analyzedAt?.toISOString()}|${reviewed._max.updatedAt?.toISOString()}|${reviewed._count}`;
  const prepared = readCachedMatrix(story.id, stamp) ?? (await loadPreparedMatrix(story, stamp));
  const { reports, ...storyFields } = story;
  const { entities, ...matrix } = prepared;
  return { ...viewClaimMatrix(matrix, filters, pageSize), story: storyFields, reports, entities };
}

export type StoryMatrix = Awaited<ReturnType<typeof getClaimMatrix>>;

type StoryRow = { id: string; reports: { id: string; outletName: string | null; title: string | null; fileName: string | null; family: string | null; familyLabel: string | null; publishedAt: Date | null }[] };

async function loadPreparedMatrix(story: StoryRow, stamp: string) {
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
  const prepared = prepareClaimMatrix(
    story.reports.map((report) => ({
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
  );
  const value = { ...prepared, entities };
  writeCachedMatrix(story.id, stamp, value);
  return value;
}
