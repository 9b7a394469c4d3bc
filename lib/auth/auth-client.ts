import { createAuthClient } from "better-auth/client";

/**
 * Better Auth's browser client. Sign-in goes through its HTTP endpoint (not a server action)
 * so the endpoint's per-address rate limit and origin check apply to every attempt.
 */
export const authClient = createAuthClient();
