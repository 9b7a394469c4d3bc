import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/people/create-person";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

const SETUP: Actor = { id: "system", name: "Setup", role: "admin" };

/**
 * Creates the demo account of each role that does not exist yet; returns the emails created.
 * An existing account is left alone, so a changed role or password survives restarts.
 */
export async function createDemoUsers(): Promise<string[]> {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } }, select: { email: true } })).map((user) => user.email),
  );
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    if (existing.has(user.email)) continue;
    await createPerson(SETUP, { ...user, password: DEMO_PASSWORD });
    created.push(user.email);
  }
  return created;
}
