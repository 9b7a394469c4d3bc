import { expect, test } from "./auth";
import { courierReport, pageReport, uniqueTitle, wireReport } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

test("a journalist creates a story, uploads three reports and reads one", async ({ page }) => {
  const title = uniqueTitle("Hollin landslide");
  const tag = title.split(" ").at(-1)!;
  await page.goto("/");
  await page.getByRole("link", { name: "New story" }).click();
  // On a busy machine the form can still be hydrating after it shows, and hydration empties a
  // field typed into too early.
  await page.waitForURL("**/stories/new");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/Date of the event/).fill("2026-09-17");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByLabel("Files").setInputFiles([courierReport(tag), wireReport(tag), pageReport(tag)]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 3 reports");

  await page.screenshot({ path: "test-results/screenshots/story-page.png", fullPage: true });
  await page.getByRole("link", { name: "Reports (3)" }).click();
  const reports = page.locator("#reports").getByRole("table");
  await expect(reports.getByRole("row")).toHaveCount(4);
  // Outlets read from the texts: a "Source:" line and the HTML page's metadata.
  // (the first cell of a row is its outlet; the independent source may repeat it)
  await expect(reports.getByRole("row", { name: /^Hollin Courier / })).toBeVisible();
  await expect(reports.getByRole("row", { name: /^Ridge Gazette / })).toBeVisible();

  await page.getByRole("link", { name: "Valley road shut by landslide" }).click();
  await expect(page.getByRole("article").getByText("will stay closed for at least a week")).toBeVisible();
  await expect(page.getByText("Subscribe to our newsletter")).toHaveCount(0);
  await expect(page.getByText("Sign in")).toHaveCount(0);
});

test("a duplicate report and an empty file are refused with clear messages", async ({ page }) => {
  const title = uniqueTitle("Hollin duplicate check");
  const tag = title.split(" ").at(-1)!;
  await page.goto("/stories/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByLabel("Files").setInputFiles([courierReport(tag)]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 report");

  await page.getByLabel("Files").setInputFiles([{ ...courierReport(tag), name: "courier-again.txt" }]);
  await page.getByRole("button", { name: "Add to story" }).click();
  // Next's route announcer is an alert too; the form's message is the one with our text.
  const formAlert = page.locator("form [role=alert]");
  await expect(formAlert).toContainText(
    `"courier-again.txt" is the same report as "Landslide blocks the Hollin valley road" (Hollin Courier, courier-${tag}.txt)`,
  );

  await page.getByLabel("Files").setInputFiles([{ name: "blank.txt", mimeType: "text/plain", buffer: Buffer.from("  \n") }]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(formAlert).toContainText(`"blank.txt" is empty`);

  await page.getByRole("link", { name: "Reports (1)" }).click();
  await expect(page.locator("#reports").getByRole("table").getByRole("row")).toHaveCount(2);
});

test("report text is shown as text, never as HTML", async ({ page, request }) => {
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Escaping check") } });
  expect(created.status()).toBe(201);
  const { story } = await created.json();
  const hostile = 'The mayor said <img src=x onerror="window.__pwned=1"> <b>bold</b> things about the flood barrier repairs.';
  const added = await request.post(`/api/stories/${story.slug}/reports`, { data: { reports: [{ text: hostile, format: "text" }] } });
  expect(added.status()).toBe(202);
  await waitForAnalysis(request, story.slug);
  const { reports } = await added.json();
  await page.goto(`/reports/${reports[0].id}`);
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a report's page greys the furniture the analysis left out and marks its provenance line", async ({ page, request }) => {
  const { story } = await (await request.post("/api/stories", { data: { title: uniqueTitle("Furniture check") } })).json();
  const text = [
    "Ferry service resumes after the storm",
    "Sign up for our morning newsletter",
    "The island ferry sailed again on Monday after three days of cancellations, the operator said.",
    "Adapted by the Harbour Times from a Coastline Radio report.",
  ].join("\n\n");
  const added = await request.post(`/api/stories/${story.slug}/reports`, { data: { reports: [{ text, format: "text" }] } });
  expect(added.status()).toBe(202);
  await waitForAnalysis(request, story.slug);
  const { reports } = await added.json();
  await page.goto(`/reports/${reports[0].id}`);
  const article = page.getByRole("article");
  await expect(article.getByTitle("Not read for claims: headline or page furniture").filter({ hasText: "newsletter" })).toHaveText(
    "Sign up for our morning newsletter",
  );
  await expect(article.getByTitle(/^Provenance: adapted from another outlet/)).toContainText("Coastline Radio");
  await expect(article.getByText("The island ferry sailed again")).not.toHaveAttribute("title", /furniture/);
  await page.screenshot({ path: "test-results/screenshots/report-furniture.png", fullPage: true });
});

test("the API answers bad input with 4xx and a message", async ({ request }) => {
  expect((await request.post("/api/stories", { data: { title: "" } })).status()).toBe(400);
  expect((await request.post("/api/stories", { headers: { "content-type": "application/json" }, data: "{not json" })).status()).toBe(400);
  expect((await request.get("/api/stories/no-such-story")).status()).toBe(404);
  expect((await request.get("/api/reports/not-an-id")).status()).toBe(404);
  const { story } = await (await request.post("/api/stories", { data: { title: uniqueTitle("API checks") } })).json();
  const binary = await request.post(`/api/stories/${story.slug}/reports`, {
    multipart: { files: { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) } },
  });
  expect(binary.status()).toBe(415);
  expect((await binary.json()).error.message).toMatch(/binary/);
  const pdf = await request.post(`/api/stories/${story.slug}/reports`, {
    multipart: { files: { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") } },
  });
  expect(pdf.status()).toBe(415);
  const tooBig = await request.post(`/api/stories/${story.slug}/reports`, {
    multipart: { files: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 65) } },
  });
  expect(tooBig.status()).toBe(413);
  const after = await (await request.get(`/api/stories/${story.slug}`)).json();
  expect(after.story.reports).toHaveLength(0);
});
