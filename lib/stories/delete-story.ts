import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes a story; the schema cascades to its reports and everything derived from them. */
export async function deleteStory(actor: Actor | null, slug: string): Promise<void> {
  assertCan(actor, "story:delete");
  const { count } = await db.story.deleteMany({ where: { slug } });
  if (count === 0) throw new AppError("not_found", `No story at "${slug}".`);
}
