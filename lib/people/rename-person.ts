import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { personNameSchema } from "./person-input";

const renameSchema = z.object({ userId: z.string().min(1).max(100), name: personNameSchema });

/**
 * Changes the name someone is shown under (on comments, reviews and the audit trail). Only an
 * administrator may, and each change is audited with the name before and after.
 */
export async function renamePerson(actor: Actor | null, body: unknown) {
  assertCan(actor, "people:manage");
  const { userId, name } = parseInput(renameSchema, body, "new name");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
    if (!user) throw new AppError("not_found", "No such person.");
    if (user.name === name) return user;
    const updated = await tx.user.update({ where: { id: userId }, data: { name }, select: { id: true, name: true } });
    await recordAudit(tx, actor, { storyId: null, action: "user.rename", subject: `user:${userId}`, before: { name: user.name }, after: { name } });
    return updated;
  });
}
