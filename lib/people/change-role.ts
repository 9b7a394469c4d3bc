import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { roleSchema } from "./person-input";

const changeRoleSchema = z.object({ userId: z.string().min(1).max(100), role: roleSchema });

/** Sets someone's role; takes effect on their next request, since sessions are read from the database. */
export async function changeRole(actor: Actor | null, body: unknown) {
  assertCan(actor, "people:manage");
  const { userId, role } = parseInput(changeRoleSchema, body, "role change");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
    if (!user) throw new AppError("not_found", "No such person.");
    if (user.role === role) return user;
    // Without an administrator nobody could ever change a role again.
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new AppError("conflict", `${user.name} is the only administrator; make someone else one first.`);
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, name: true, role: true } });
    await recordAudit(tx, actor, { storyId: null, action: "user.role", subject: `user:${userId}`, before: { role: user.role }, after: { role } });
    return updated;
  });
}
