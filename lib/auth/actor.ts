import { AppError } from "@/lib/errors";

export const ROLES = ["reader", "journalist", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. Every domain operation takes one; there is no default. */
export type Actor = { id: string; name: string; role: Role };

const RANK: Record<Role, number> = { reader: 0, journalist: 1, editor: 2, admin: 3 };

export const PERMISSIONS = {
  "story:read": "reader",
  "story:create": "journalist",
  "story:delete": "editor",
  "report:create": "journalist",
  "report:update": "journalist",
  "report:delete": "editor",
  "alignment:edit": "editor",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  return RANK[actor.role] >= RANK[PERMISSIONS[permission]];
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError("forbidden", `Your role (${actor.role}) may not do this (${permission}).`);
  }
}
