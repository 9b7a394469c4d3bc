import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { withoutControlCharacters } from "@/lib/validation";
import { ROLES } from "./actor";
import { passwordWeakness } from "./password-policy";

/**
 * Checks on every sign-in endpoint's body before Better Auth acts on it: no control characters
 * (a NUL reaching PostgreSQL is a 500), and a new password must meet the policy.
 */
export const checkAuthRequest = createAuthMiddleware(async (ctx) => {
  const body: unknown = ctx.body;
  if (body && JSON.stringify(withoutControlCharacters(body)) !== JSON.stringify(body)) {
    throw new APIError("BAD_REQUEST", { message: "The request contains control characters." });
  }
  if (ctx.path === "/change-password") {
    const weakness = passwordWeakness(String((body as { newPassword?: unknown } | undefined)?.newPassword ?? ""));
    if (weakness) throw new APIError("BAD_REQUEST", { message: `New password: ${weakness}.`, code: "PASSWORD_TOO_WEAK" });
  }
});

type DeletedUser = { id: string; name: string; email: string; role?: unknown };

/** The last administrator may not leave: nobody could manage people afterwards. */
export async function refuseLastAdmin(user: DeletedUser): Promise<void> {
  if (user.role === "admin" && (await db.user.count({ where: { role: "admin" } })) <= 1) {
    throw new APIError("CONFLICT", { message: "You are the only administrator; make someone else one first." });
  }
}

export async function auditDeactivation(user: DeletedUser): Promise<void> {
  const role = ROLES.find((known) => known === user.role) ?? "reader";
  await db.$transaction((tx) =>
    recordAudit(
      tx,
      { id: user.id, name: user.name, role },
      { storyId: null, action: "user.deactivate", subject: `user:${user.id}`, before: { name: user.name, email: user.email, role } },
    ),
  );
}
