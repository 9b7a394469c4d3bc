import { expect, signInThroughPage, test } from "./auth";
import { uniqueTitle } from "./fixtures";

test.describe("signed out", () => {
  test.use({ role: null });

  test("pages send a visitor to sign in and back; the API answers 401", async ({ page, request }) => {
    await page.goto("/stories/new");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories%2Fnew/);
    await page.getByLabel("Email").fill("editor@triangulate.test");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toContainText("do not match");
    await signInThroughPage(page, "editor");
    await expect(page).toHaveURL(/\/stories\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New story");
    // Signed in, the sign-in page passes straight through to where it was sent.
    await page.goto("/sign-in?next=%2Freview");
    await expect(page).toHaveURL(/\/review$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/review");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Freview/);

    expect((await request.get("/api/stories")).status()).toBe(401);
    expect((await request.post("/api/stories", { data: { title: "Nobody's story" } })).status()).toBe(401);
  });
});

test("a reader may read but not write; a request from another site is refused", async ({ request, pageAs }) => {
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Access check") } });
  expect(created.status()).toBe(201);
  const { story } = await created.json();
  const forged = await request.post("/api/stories", { headers: { origin: "https://evil.example" }, data: { title: "Forged" } });
  expect(forged.status()).toBe(403);
  expect((await request.delete(`/api/stories/${story.slug}`, { headers: { origin: "https://evil.example" } })).status()).toBe(403);

  const reader = await pageAs("reader");
  await reader.goto(`/stories/${story.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(story.title);
  await expect(reader.getByRole("button", { name: "Add to story" })).toHaveCount(0);
  await expect(reader.getByRole("link", { name: "New story" })).toHaveCount(0);
  const write = await reader.request.post(`/api/stories/${story.slug}/reports`, { data: { reports: [{ text: "A reader's report about the weather." }] } });
  expect(write.status()).toBe(403);
});

test("an administrator adds a person and changes their role", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/people");
  const email = `${uniqueTitle("someone").replace(" ", "-")}@example.org`;
  await admin.getByLabel("Name").fill("Sam Stringer");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel(/First password/).fill("a long first password");
  await admin.getByRole("button", { name: "Create account" }).click();
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row.getByLabel(/Role of/)).toHaveValue("reader");
  await row.getByLabel(/Role of/).selectOption("journalist");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved");
  await admin.reload();
  await expect(
    admin
      .getByRole("row")
      .filter({ hasText: email })
      .getByLabel(/Role of/),
  ).toHaveValue("journalist");

  const journalist = await pageAs("journalist");
  await journalist.goto("/admin/people");
  await expect(journalist.getByRole("main").getByRole("alert")).toContainText("Only administrators manage people");
});
