import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { Role } from "../lib/auth/actor";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo/demo-users";

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

export const demoUser = (role: Role) => DEMO_USERS.find((user) => user.role === role)!;

/** Signs a request context in as the demo user of `role` through Better Auth's endpoint. */
export async function signIn(request: APIRequestContext, role: Role): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await request
      .post("/api/auth/sign-in/email", { data: { email: demoUser(role).email, password: DEMO_PASSWORD } })
      // A dropped keep-alive connection is worth one more try, not a failed test.
      .catch((error: unknown) => (attempt < 4 ? null : Promise.reject(error)));
    if (!response) continue;
    if (response.ok()) return;
    // Sign-in allows a few attempts per address every ten seconds: wait as told, then retry.
    if (response.status() !== 429) throw new Error(`sign-in as ${role}: ${response.status()} ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers()["x-retry-after"] ?? 5)));
  }
  throw new Error(`sign-in as ${role}: still rate-limited`);
}

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, role: Role): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoUser(role).email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    const limited = page.getByText("Too many attempts");
    await Promise.race([page.waitForURL((url) => !url.pathname.startsWith("/sign-in")), limited.waitFor()]);
    if (!(await limited.isVisible())) break;
    await page.waitForTimeout(10_000);
  }
  await expect(page.getByRole("banner")).toContainText(demoUser(role).name);
}

type Fixtures = {
  /** Who `page` and `request` are signed in as; null for a signed-out visitor. */
  role: Role | null;
  /** A page of its own, signed in as another role, for tests where two people act. */
  pageAs: (role: Role | null) => Promise<Page>;
};

// One sign-in per role per worker: the sessions are reused, which keeps the tests fast and
// under the sign-in rate limit.
type WorkerFixtures = { sessions: (role: Role) => Promise<StorageState> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  role: ["journalist", { option: true }],
  sessions: [
    async ({}, use, workerInfo) => {
      const cache = new Map<Role, Promise<StorageState>>();
      const baseURL = workerInfo.project.use.baseURL;
      await use((role) => {
        if (!cache.has(role)) {
          cache.set(
            role,
            (async () => {
              const context = await playwrightRequest.newContext({ baseURL });
              await signIn(context, role);
              const state = await context.storageState();
              await context.dispose();
              return state;
            })(),
          );
        }
        return cache.get(role)!;
      });
    },
    { scope: "worker" },
  ],
  context: async ({ context, role, sessions }, use) => {
    if (role) await context.addCookies((await sessions(role)).cookies);
    await use(context);
  },
  request: async ({ playwright, baseURL, role, sessions }, use) => {
    const context = await playwright.request.newContext({ baseURL, storageState: role ? await sessions(role) : undefined });
    await use(context);
    await context.dispose();
  },
  pageAs: async ({ browser, baseURL, viewport, sessions }, use) => {
    const opened: Awaited<ReturnType<Browser["newContext"]>>[] = [];
    await use(async (role) => {
      const context = await browser.newContext({ baseURL, viewport, storageState: role ? await sessions(role) : undefined });
      opened.push(context);
      return context.newPage();
    });
    for (const context of opened) await context.close();
  },
});

export { expect };
