/**
 * Whether `npm start` should create the demo accounts (public password, one per role, admin
 * included): only on the first start of an empty database, so deleting them is final, and
 * never in production unless DEMO_ACCOUNTS=1 asks for them.
 */
export function shouldCreateDemoAccounts(userCount: number, env: Record<string, string | undefined> = process.env): boolean {
  if (userCount > 0) return false;
  if (env.DEMO_ACCOUNTS === "0") return false;
  return env.NODE_ENV !== "production" || env.DEMO_ACCOUNTS === "1";
}
