import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip.mjs";
import { auditDeactivation, checkAuthRequest, refuseLastAdmin } from "./auth-hooks";
import { localAuthSecret } from "./local-secret";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

const port = process.env.PORT ?? "3000";
const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`;

/**
 * Sign-in with email and password. Sessions live in the database (no cookie cache), so a role
 * change or a sign-out elsewhere takes effect on the next request. Cookies are httpOnly and
 * SameSite=Lax, and Secure whenever baseURL is https.
 */
export const auth = betterAuth({
  appName: "Triangulate",
  baseURL,
  secret: process.env.BETTER_AUTH_SECRET || localAuthSecret(),
  // A local server is reached as localhost and as 127.0.0.1 (the tests use the latter); a
  // deployed one (BETTER_AUTH_URL set) only at its own address.
  trustedOrigins: process.env.BETTER_AUTH_URL ? [baseURL] : [baseURL, `http://127.0.0.1:${port}`],
  database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
  // No open sign-up: every account reads every story, so administrators create them.
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
  // Names and emails are changed by an administrator (People), never by their owner: a name
  // shows on comments and in the audit trail, and must stay who the person is.
  disabledPaths: ["/update-user", "/change-email"],
  hooks: { before: checkAuthRequest },
  user: {
    // "Deactivate my account" (the Account page): with the password, and audited.
    deleteUser: { enabled: true, beforeDelete: refuseLastAdmin, afterDelete: auditDeactivation },
    // input: false: nobody chooses their own role at sign-up; admins change it.
    additionalFields: { role: { type: "string", required: false, defaultValue: "reader", input: false } },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  // Sign-in's rate limit counts attempts per client address. X-Forwarded-For is whatever the
  // client wrote; the server (scripts/next-server.mjs) sets this header from the socket, or from
  // the proxies TRUSTED_PROXY_COUNT trusts, and replaces any value a client sent.
  advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
  rateLimit: { storage: "database" },
  telemetry: { enabled: false },
  // Must stay last: it writes the cookies that server actions' sign-in calls set.
  plugins: [nextCookies()],
});
