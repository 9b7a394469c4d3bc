import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const LIMIT = 300;
const CLAIM_REF = /^([0-9a-f-]{36}):(\d+)-(\d+)$/;

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
    const match = CLAIM_REF.exec(subject);
    return match ? [{ reportId: match[1]!, start: Number(match[2]), end: Number(match[3]) }] : [];
  });
  const claims = spans.length
    ? await db.claim.findMany({ where: { storyId: story.id, OR: spans }, select: { reportId: true, start: true, end: true, cluster: { select: { id: true, summary: true } } } })
    : [];
  const clusterOf = new Map(claims.map((claim) => [`${claim.reportId}:${claim.start}-${claim.end}`, claim.cluster]));
  return {
    story,
    events: events.map((event) => ({ ...event, cluster: clusterOf.get(event.subject) ?? null })),
    truncated: events.length === LIMIT,
  };
}
