import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes a story; the schema cascades to its reports and everything derived from them. */
export async function deleteStory(actor: Actor | null, slug: string): Promise<void> {
  assertCan(actor, "story:delete");
  await db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { slug }, select: { id: true, title: true } });
    if (!story) throw new AppError("not_found", `No story at "${slug}".`);
    await tx.story.delete({ where: { id: story.id } });
    // The trail has no foreign keys, so this line outlives the story it names.
    await recordAudit(tx, actor, { storyId: story.id, action: "story.delete", subject: `story:${story.id}`, before: { title: story.title, slug } });
  });
}
