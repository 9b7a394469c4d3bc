import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function listPeople(actor: Actor | null) {
  assertCan(actor, "people:manage");
  return db.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true, role: true, createdAt: true } });
}
