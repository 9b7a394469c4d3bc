import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prepareClaimMatrix, viewClaimMatrix, type ClaimMatrix, type PreparedMatrix } from "@/lib/matrix/build-claim-matrix";
import { toQueryString, type MatrixFilters } from "@/lib/matrix/matrix-filters";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { indexByAnchor, matchReview } from "@/lib/review/match-review";
import { getStoryHead } from "./get-story-head";
import { readCachedMatrix, writeCachedMatrix } from "./matrix-cache";
import { familyName, reportName } from "./report-name";
import { REPORT_LIST_FIELDS } from "./report-list-fields";

/** What the cache keeps per story: the prepared matrix with the story's reports and entities. */
export type CachedMatrix = PreparedMatrix & {
  reports: Prisma.ReportGetPayload<{ select: typeof REPORT_LIST_FIELDS }>[];
  entities: { id: string; canonical: string; type: string }[];
};

/**
 * The claim matrix of a story, one page of it, with the story's reports. One query when the
 * story's matrix is cached (the story and its stamp, shared with the page's metadata), five
 * when it is not; never more as the story grows.
 */
export async function getClaimMatrix(actor: Actor | null, slug: string, filters: MatrixFilters, pageSize?: number) {
  assertCan(actor, "story:read");
  const { story, stamp } = await getStoryHead(actor, slug);
  const cached = readCachedMatrix(story.id, stamp) ?? (await loadMatrix(story.id, stamp));
  return { ...viewOf(cached, filters, pageSize), story, reports: cached.reports, entities: cached.entities };
}

const MAX_VIEWS = 24;
const views = new WeakMap<CachedMatrix, Map<string, ClaimMatrix>>();

/**
 * One filtered page of a cached matrix, itself kept (the most recent views of each story) so
 * that a page seen again is neither filtered nor serialized again (see gridJsonOf). Views go
 * with their matrix when the story changes.
 */
function viewOf(cached: CachedMatrix, filters: MatrixFilters, pageSize?: number): ClaimMatrix {
  const key = `${toQueryString(filters)} ${pageSize ?? ""}`;
  const known = views.get(cached) ?? new Map<string, ClaimMatrix>();
  views.set(cached, known);
  const view = known.get(key) ?? viewClaimMatrix(preparedPart(cached), filters, pageSize);
  known.delete(key);
  known.set(key, view);
  if (known.size > MAX_VIEWS) known.delete(known.keys().next().value!);
  return view;
}

export type StoryMatrix = Awaited<ReturnType<typeof getClaimMatrix>>;

function preparedPart({ reports: _reports, entities: _entities, ...prepared }: CachedMatrix): PreparedMatrix {
  return prepared;
}

async function loadMatrix(storyId: string, stamp: string): Promise<CachedMatrix> {
  const [reports, clusters, entities, reviews] = await Promise.all([
    db.report.findMany({ where: { storyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REPORT_LIST_FIELDS }),
    db.cluster.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        kind: true,
        summary: true,
        verdict: true,
        reason: true,
        position: true,
        reportCount: true,
        independentCount: true,
        differences: true,
        sides: true,
        claims: {
          orderBy: { start: "asc" },
          select: {
            id: true,
            key: true,
            reportId: true,
            start: true,
            end: true,
            kind: true,
            text: true,
            quantity: true,
            entities: { select: { entityId: true } },
          },
        },
      },
    }),
    db.entity.findMany({ where: { storyId }, orderBy: { canonical: "asc" }, select: { id: true, canonical: true, type: true } }),
    db.clusterReview.findMany({ where: { storyId }, select: { anchorRef: true, status: true, updatedAt: true } }),
  ]);
  const reviewsByRef = indexByAnchor(reviews);
  const firstOfFamily = new Map<string, (typeof reports)[number]>();
  for (const report of reports) if (!firstOfFamily.has(report.family ?? report.id)) firstOfFamily.set(report.family ?? report.id, report);
  const prepared = prepareClaimMatrix(
    reports.map((report) => ({
      id: report.id,
      label: reportName(report),
      title: report.title,
      family: report.family ?? report.id,
      familyLabel: familyName(report.familyLabel, firstOfFamily.get(report.family ?? report.id)!),
      publishedAt: report.publishedAt,
      unreadable: report.analysisSkipped,
    })),
    clusters.map(({ claims, ...cluster }) => ({
      ...cluster,
      status: matchReview(claims.map(claimAnchor), reviewsByRef).review?.status,
      claims: claims.map(({ entities: links, ...claim }) => ({ ...claim, entityIds: links.map((link) => link.entityId) })),
    })),
  );
  const value = { ...prepared, reports, entities };
  writeCachedMatrix(storyId, stamp, value);
  return value;
}
