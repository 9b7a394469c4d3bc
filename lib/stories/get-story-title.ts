import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Just the title, for page metadata: one small query beside the page's own. */
export async function getStoryTitle(actor: Actor | null, slug: string): Promise<string> {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({ where: { slug }, select: { title: true } });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  return story.title;
}
