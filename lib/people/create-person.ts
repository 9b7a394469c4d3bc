import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { newPersonSchema } from "./person-input";

/**
 * Gives someone an account (admins only: there is no open sign-up, since every account can
 * read every story). The password is hashed by Better Auth and stored as its "credential"
 * account, so its sign-in accepts it.
 */
export async function createPerson(actor: Actor | null, body: unknown) {
  assertCan(actor, "people:manage");
  const person = parseInput(newPersonSchema, body, "person");
  const hash = await (await auth.$context).password.hash(person.password);
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id, name: person.name, email: person.email, role: person.role },
        select: { id: true, name: true, email: true, role: true },
      });
      await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } });
      await recordAudit(tx, actor, {
        storyId: null,
        action: "user.create",
        subject: `user:${id}`,
        after: { name: user.name, email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new AppError("conflict", `Someone already signs in as ${person.email}.`);
    }
    throw error;
  }
}
