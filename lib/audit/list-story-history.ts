import "server-only";
import { claimRef } from "@/lib/analysis/align/apply-alignment-edits";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClaimKind } from "@/lib/generated/prisma/client";
import { claimAnchor, parseAnchor } from "@/lib/review/claim-anchor";

const LIMIT = 300;

/**
 * A story's audit trail, newest first. Events about a claim are linked to the cluster that
 * claim is in now, since clusters are re-created by every analysis.
 */
export async function listStoryHistory(actor: Actor | null, slug: string) {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  const events = await db.auditEvent.findMany({
    where: { storyId: story.id },
    orderBy: { createdAt: "desc" },
    take: LIMIT,
    select: { id: true, actorName: true, action: true, subject: true, before: true, after: true, createdAt: true },
  });
  const spans = [...new Set(events.map((event) => event.subject))].flatMap((subject) => {
    const anchor = parseAnchor(subject);
    return anchor ? [{ reportId: anchor.reportId, start: anchor.start, end: anchor.end, ...(anchor.kind ? { kind: anchor.kind as ClaimKind } : {}) }] : [];
  });
  const claims = spans.length
    ? await db.claim.findMany({
        where: { storyId: story.id, OR: spans },
        select: { reportId: true, start: true, end: true, kind: true, cluster: { select: { id: true, summary: true } } },
      })
    : [];
  // An event names a claim by anchor (with its kind) or, for alignment edits, by its span alone.
  const clusterOf = new Map(
    claims.flatMap(
      (claim) =>
        [
          [claimRef(claim.reportId, claim.start, claim.end), claim.cluster],
          [claimAnchor(claim), claim.cluster],
        ] as const,
    ),
  );
  return {
    story,
    events: events.map((event) => ({ ...event, cluster: clusterOf.get(event.subject) ?? null })),
    truncated: events.length === LIMIT,
  };
}
