import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { REVIEW_STATUSES } from "./review-status";

const LIMIT = 200;

const rowSchema = z.object({
  clusterId: z.string(),
  summary: z.string(),
  kind: z.string(),
  verdict: z.enum(["agree", "contradict", "single"]),
  independentCount: z.number(),
  slug: z.string(),
  storyTitle: z.string(),
  since: z.date(),
  status: z.enum(REVIEW_STATUSES).nullable().transform((status) => status ?? "unverified"),
  reviewedBy: z.string().nullable(),
  total: z.coerce.number(),
});

export type QueueItem = Omit<z.infer<typeof rowSchema>, "total">;

/**
 * Open flags across stories, oldest first: contradicted or single-source clusters that no
 * editor has yet settled as verified or false. A flag's age is when the newest of its reports
 * arrived, the moment the cluster took its current shape. One query, at most 200 rows.
 */
export async function listReviewQueue(actor: Actor | null, storySlug: string | null): Promise<{ items: QueueItem[]; total: number }> {
  assertCan(actor, "story:read");
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.id AS "clusterId", c.summary, c.kind::text AS kind, c.verdict::text AS verdict, c."independentCount",
           s.slug, s.title AS "storyTitle", agg.since, review.status::text AS status, review."updatedByName" AS "reviewedBy",
           count(*) OVER () AS total
    FROM "Cluster" c
    JOIN "Story" s ON s.id = c."storyId"
    CROSS JOIN LATERAL (
      SELECT max(r."createdAt") AS since, array_agg(cl."reportId"::text || ':' || cl.start || '-' || cl."end" || ':' || cl.kind::text) AS refs
      FROM "Claim" cl JOIN "Report" r ON r.id = cl."reportId"
      WHERE cl."clusterId" = c.id
    ) agg
    LEFT JOIN LATERAL (
      SELECT cr.status, cr."updatedByName" FROM "ClusterReview" cr
      WHERE cr."storyId" = c."storyId" AND cr."anchorRef" = ANY(agg.refs)
      ORDER BY cr."updatedAt" DESC LIMIT 1
    ) review ON true
    WHERE (c.verdict = 'contradict' OR c."independentCount" <= 1)
      AND agg.since IS NOT NULL
      AND (review.status IS NULL OR review.status NOT IN ('verified', 'false'))
      AND (${storySlug}::text IS NULL OR s.slug = ${storySlug}::text)
    ORDER BY agg.since ASC, c."storyId", c.position
    LIMIT ${LIMIT}`;
  const parsed = z.array(rowSchema).parse(rows);
  return { items: parsed.map(({ total: _total, ...item }) => item), total: parsed[0]?.total ?? 0 };
}
