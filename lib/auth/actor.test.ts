import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertCan, can, PERMISSIONS, ROLES, type Actor, type Permission, type Role } from "./actor";

// The table the issue gives, spelled out: what each role may do.
const EXPECTED: Record<Role, Permission[]> = {
  reader: ["story:read"],
  journalist: ["story:read", "story:create", "report:create", "report:update", "comment:create"],
  editor: [
    "story:read",
    "story:create",
    "report:create",
    "report:update",
    "comment:create",
    "story:delete",
    "report:delete",
    "report:revise",
    "cluster:review",
    "alignment:edit",
  ],
  admin: Object.keys(PERMISSIONS) as Permission[],
};

describe("permissions", () => {
  for (const role of ROLES) {
    it(`${role}: may do exactly what the role table says`, () => {
      const actor: Actor = { id: role, name: role, role };
      const allowed = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission));
      expect(allowed.sort()).toEqual([...EXPECTED[role]].sort());
    });
  }

  it("refuses a signed-out visitor everything with 401, and a lower role with 403", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(null, permission)).toBe(false);
      expect(() => assertCan(null, permission)).toThrow(expect.objectContaining({ status: 401 }) as unknown as AppError);
    }
    expect(() => assertCan({ id: "r", name: "r", role: "reader" }, "cluster:review")).toThrow(/reader/);
  });
});
