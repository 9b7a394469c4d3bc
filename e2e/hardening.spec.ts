import type { Page } from "@playwright/test";
import { expect, signInThroughPage, test } from "./auth";
import { serverProcessIds } from "./abuse-load";
import { uniqueTitle, wireReport } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

/** Collects what the browser reports as refused by the Content-Security-Policy. */
function watchPolicy(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

test("every page is served with the security headers and runs under its CSP", async ({ page, request }) => {
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Headers check") } });
  const { story } = (await created.json()) as { story: { slug: string } };
  const report = wireReport("csp");
  await request.post(`/api/stories/${story.slug}/reports`, { multipart: { files: { name: report.name, mimeType: report.mimeType, buffer: report.buffer } } });
  await waitForAnalysis(request, story.slug);

  const refused = watchPolicy(page);
  for (const path of [
    "/",
    `/stories/${story.slug}`,
    `/stories/${story.slug}/fact-sheet`,
    `/stories/${story.slug}/reports`,
    "/review",
    "/account",
    "/stories/new",
  ]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect([headers["x-content-type-options"], headers["referrer-policy"], headers["x-frame-options"]], path).toEqual(["nosniff", "same-origin", "DENY"]);
    // Hydrated: the client scripts ran (a blocked script would leave the page without them).
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("script[nonce]").length), { message: path }).toBeGreaterThan(0);
  }
  // A client-side action works: the matrix filter form is handled by React.
  await page.goto(`/stories/${story.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(refused).toEqual([]);
  expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
});

test.describe("signed out", () => {
  test.use({ role: null });

  test("a return path with a tab or a line break cannot send a person to another site", async ({ page, baseURL }) => {
    for (const next of ["%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fevil.example%2Fphish", "%2F%5Cevil.example"]) {
      await page.context().clearCookies();
      const response = await page.goto(`/sign-in?next=${next}`);
      expect(response!.status(), next).toBe(200);
      await signInThroughPage(page, "reader");
      expect(new URL(page.url()).host, next).toBe(new URL(baseURL!).host);
    }
  });

  test("control characters in a path are a 400, never a 500", async ({ request }) => {
    for (const path of ["/api/stories/ferry%00fire", "/api/reports/%00", "/stories/a%1bb"]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });
});

test("nobody renames themselves: the endpoint is gone and the name stays", async ({ request }) => {
  const response = await request.post("/api/auth/update-user", { data: { name: "Edie Editor" } });
  expect(response.status()).toBe(404);
  const session = (await (await request.get("/api/auth/get-session")).json()) as { user: { name: string } };
  expect(session.user.name).toBe("Jon Journalist");
});

test("a person changes their password (weak ones refused) and deactivates their account", async ({ pageAs, browser, baseURL }) => {
  test.setTimeout(90_000);
  const admin = await pageAs("admin");
  await admin.goto("/admin/people");
  const email = `${uniqueTitle("leaver").replace(" ", "-")}@example.org`;
  await admin.getByLabel("Name", { exact: true }).fill("Lee Leaver");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel(/First password/).fill("first harbour password");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("row").filter({ hasText: email })).toBeVisible();
  await admin.screenshot({ path: "test-results/screenshots/people-page.png", fullPage: true });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // Sign-in allows a few attempts per address every ten seconds, and other tests sign in too.
  const signInAs = async (password: string) => {
    await page.goto("/sign-in?next=%2Faccount");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.getByRole("button", { name: "Sign in" }).click();
      const answer = page.locator("form [role=alert]");
      await Promise.race([page.waitForURL(/\/account$/), answer.waitFor()]);
      if (!(await answer.isVisible()) || !/Too many attempts/.test(await answer.innerText())) return;
      await page.waitForTimeout(10_000);
    }
  };
  await signInAs("first harbour password");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Current password").fill("first harbour password");
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("New password again").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("most common passwords");
  await page.getByLabel("New password", { exact: true }).fill("second lighthouse password");
  await page.getByLabel("New password again").fill("second lighthouse password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form [role=status]")).toContainText("Your password is changed");
  await page.screenshot({ path: "test-results/screenshots/account-page.png", fullPage: true });

  await page.getByLabel("Your password, to confirm").fill("second lighthouse password");
  await page.getByRole("button", { name: "Deactivate my account" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAs("second lighthouse password");
  await expect(page.locator("form [role=alert]")).toContainText("do not match");
  await context.close();
});

test("sign-in attempts are counted per connection, whatever X-Forwarded-For says", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL });
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const response = await client.post("/api/auth/sign-in/email", {
      headers: { "X-Forwarded-For": `198.51.100.${attempt + 1}` },
      data: { email: "editor@triangulate.test", password: `wrong password ${attempt}` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toContain(429);
  expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(3);
  // Let the window pass, so later sign-ins from this address are not refused.
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  await client.dispose();
});

test("a server process killed with SIGKILL is replaced, and the server keeps answering", async ({ playwright, baseURL }) => {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const before = serverProcessIds(port);
  test.skip(before.length === 0, "needs /proc to find the server processes");
  test.setTimeout(90_000);
  // A fresh connection each time: a request that was on the killed process is lost with it.
  const health = async () => {
    const client = await playwright.request.newContext({ baseURL });
    try {
      return (await client.get("/api/health", { timeout: 5_000 })).status();
    } catch {
      return 0;
    } finally {
      await client.dispose();
    }
  };
  process.kill(before[0]!, "SIGKILL");
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
  await expect.poll(() => serverProcessIds(port).filter((pid) => !before.includes(pid)).length, { timeout: 60_000 }).toBe(1);
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
});
