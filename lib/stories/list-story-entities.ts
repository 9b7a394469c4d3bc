import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A story's people, places and organisations, most-claimed first, with where they appear. */
export async function listStoryEntities(actor: Actor | null, slug: string) {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      _count: { select: { reports: true } },
      entities: {
        select: {
          id: true,
          canonical: true,
          type: true,
          mentions: true,
          roles: true,
          claims: { select: { claim: { select: { reportId: true } } } },
        },
      },
    },
  });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);

  const entities = story.entities.map(({ claims, ...entity }) => ({
    ...entity,
    claimCount: claims.length,
    reportCount: new Set(claims.map((link) => link.claim.reportId)).size,
  }));
  entities.sort((x, y) => y.claimCount - x.claimCount || x.canonical.localeCompare(y.canonical, "en"));
  return { story: { id: story.id, slug: story.slug, title: story.title, reportCount: story._count.reports }, entities };
}

export type StoryEntities = Awaited<ReturnType<typeof listStoryEntities>>;
export type StoryEntity = StoryEntities["entities"][number];
