import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type StorySummary = { id: string; slug: string; title: string; eventDate: Date | null; updatedAt: Date; reportCount: number };

export async function listStories(actor: Actor | null): Promise<StorySummary[]> {
  assertCan(actor, "story:read");
  const stories = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, eventDate: true, updatedAt: true, _count: { select: { reports: true } } },
  });
  return stories.map(({ _count, ...story }) => ({ ...story, reportCount: _count.reports }));
}
