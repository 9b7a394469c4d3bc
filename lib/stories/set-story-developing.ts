import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const developingBodySchema = z.object({ developing: z.boolean({ message: "developing must be true or false" }) });

/** Marks a story as developing (its URL reports are then checked on a schedule) or settled. */
export async function setStoryDeveloping(actor: Actor | null, slug: string, body: unknown): Promise<{ developing: boolean }> {
  assertCan(actor, "report:update");
  const { developing } = parseInput(developingBodySchema, body, "story");
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, developing: true } });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  if (story.developing === developing) return { developing };
  await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: story.id }, data: { developing } });
    await recordAudit(tx, actor, {
      storyId: story.id,
      action: "story.developing",
      subject: `story:${story.id}`,
      before: { developing: story.developing },
      after: { developing },
    });
  });
  return { developing };
}
