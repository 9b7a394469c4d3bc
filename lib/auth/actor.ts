import { AppError } from "@/lib/errors";

export const ROLES = ["reader", "journalist", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. Every domain operation takes one; null is a signed-out visitor. */
export type Actor = { id: string; name: string; role: Role };

const RANK: Record<Role, number> = { reader: 0, journalist: 1, editor: 2, admin: 3 };

/** The least role each action needs; every role can do what the roles below it can. */
export const PERMISSIONS = {
  "story:read": "reader",
  "story:create": "journalist",
  "story:delete": "editor",
  "report:create": "journalist",
  "report:update": "journalist",
  "report:delete": "editor",
  // a corrected text for a report, kept as its new version
  "report:revise": "editor",
  "comment:create": "journalist",
  "cluster:review": "editor",
  "alignment:edit": "editor",
  "people:manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && RANK[actor.role] >= RANK[PERMISSIONS[permission]];
}

/** Refuses a signed-out visitor (401) and a role below the permission's (403). */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("unauthorized", "Sign in to do this.");
  if (!can(actor, permission)) {
    throw new AppError("forbidden", `Your role (${actor.role}) may not do this (${permission}).`);
  }
}
