import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueueFilters } from "./review-queue-filters";
import { REVIEW_STATUSES, SETTLED_STATUSES } from "./review-status";

const LIMIT = 200;

const rowSchema = z.object({
  clusterId: z.string(),
  summary: z.string(),
  kind: z.string(),
  verdict: z.enum(["agree", "contradict", "single"]),
  independentCount: z.number(),
  flag: z.enum(["contradicted", "single_source"]),
  slug: z.string(),
  storyTitle: z.string(),
  since: z.date(),
  status: z
    .enum(REVIEW_STATUSES)
    .nullable()
    .transform((status) => status ?? "unverified"),
  reviewedBy: z.string().nullable(),
  // The version an editor's dismissal names (0: never reviewed), as the review form does.
  version: z
    .number()
    .nullable()
    .transform((version) => version ?? 0),
});

const countSchema = z.array(z.object({ flag: z.enum(["contradicted", "single_source"]), n: z.coerce.number() }));

export type QueueItem = z.infer<typeof rowSchema>;
export type QueueCounts = { contradicted: number; single_source: number };

/**
 * Open flags across stories: contradicted or single-source clusters that no editor has yet
 * settled (verified, false, or dismissed as not a claim). Contradictions come first, as the
 * ones an editor must settle before publishing; within each flag, the oldest first. A flag's age
 * is when the newest of its reports arrived. `counts` are per flag under the story and kind
 * filters, whatever the flag filter, so the page can offer each with its size. Two queries; at
 * most 200 rows.
 */
export async function listReviewQueue(
  actor: Actor | null,
  filters: Partial<QueueFilters> = {},
): Promise<{ items: QueueItem[]; total: number; counts: QueueCounts }> {
  assertCan(actor, "story:read");
  const { story = null, flag = null, kind = null } = filters;
  const open = Prisma.sql`
    SELECT c.id AS "clusterId", c.summary, c.kind::text AS kind, c.verdict::text AS verdict, c."independentCount",
           CASE WHEN c.verdict = 'contradict' THEN 'contradicted' ELSE 'single_source' END AS flag,
           c."storyId", c.position, s.slug, s.title AS "storyTitle", agg.since,
           review.status::text AS status, review."updatedByName" AS "reviewedBy", review.version
    FROM "Cluster" c
    JOIN "Story" s ON s.id = c."storyId"
    CROSS JOIN LATERAL (
      SELECT max(r."createdAt") AS since, array_agg(cl."reportId"::text || ':' || cl.start || '-' || cl."end" || ':' || cl.kind::text) AS refs
      FROM "Claim" cl JOIN "Report" r ON r.id = cl."reportId"
      WHERE cl."clusterId" = c.id
    ) agg
    LEFT JOIN LATERAL (
      SELECT cr.status, cr."updatedByName", cr.version FROM "ClusterReview" cr
      WHERE cr."storyId" = c."storyId" AND cr."anchorRef" = ANY(agg.refs)
      ORDER BY cr."updatedAt" DESC LIMIT 1
    ) review ON true
    WHERE (c.verdict = 'contradict' OR c."independentCount" <= 1)
      AND agg.since IS NOT NULL
      AND (review.status IS NULL OR review.status::text NOT IN (${Prisma.join([...SETTLED_STATUSES])}))
      AND (${story}::text IS NULL OR s.slug = ${story}::text)
      AND (${kind}::text IS NULL OR c.kind::text = ${kind}::text)`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT "clusterId", summary, kind, verdict, "independentCount", flag, slug, "storyTitle", since, status, "reviewedBy", version
      FROM (${open}) q
      WHERE (${flag}::text IS NULL OR flag = ${flag}::text)
      ORDER BY flag = 'contradicted' DESC, since ASC, "storyId", position
      LIMIT ${LIMIT}`,
    db.$queryRaw<unknown[]>`SELECT flag, count(*) AS n FROM (${open}) q GROUP BY flag`,
  ]);
  const counts: QueueCounts = { contradicted: 0, single_source: 0 };
  for (const { flag: name, n } of countSchema.parse(counted)) counts[name] = n;
  const items = z.array(rowSchema).parse(rows);
  return { items, total: flag ? counts[flag] : counts.contradicted + counts.single_source, counts };
}
