import { readFileSync } from "node:fs";
import { request as playwrightRequest } from "@playwright/test";
import { expect, signIn, test } from "./auth";
import { createDemoStory } from "./demo-story";

// Readers may export: the whole sheet is read-only.
test.use({ role: "reader" });

test.describe("the fact sheet of the demo story", () => {
  let slug: string;
  test.beforeAll(async () => {
    // Creating the story needs a journalist; the tests then read it as a reader.
    const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    await signIn(context, "journalist");
    slug = await createDemoStory(context);
    await context.dispose();
  });

  test("the printable page groups the claims and the PDF downloads with the contradictions in it", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    await page.getByRole("link", { name: "Fact sheet" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Contradicted \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Confirmed by independent sources/ })).toBeVisible();
    await expect(page.getByText("former Mayor Delia Marwood").first()).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/fact-sheet.png", fullPage: false });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`${slug}-fact-sheet.pdf`);
    const pdf = readFileSync(await download.path());
    expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toMatch(/Contradicted \(\d+\)/);
    expect(text.replace(/\s+/g, " ")).toContain("former Mayor Delia Marwood");
  });

  test("filters chosen on the matrix carry over to every format", async ({ page, request }) => {
    await page.goto(`/stories/${slug}?verdict=contradict`);
    await page.getByRole("link", { name: "Fact sheet" }).click();
    await expect(page).toHaveURL(/fact-sheet\?verdict=contradict/);
    await expect(page.getByRole("heading", { level: 2, name: "Confirmed by independent sources (0)" })).toBeVisible();

    const markdown = await request.get(`/api/stories/${slug}/fact-sheet?verdict=contradict&format=md`);
    expect(markdown.headers()["content-type"]).toContain("text/markdown");
    const text = await markdown.text();
    expect(text).toContain("Filters: verdict=contradict");
    expect(text).toContain("## Confirmed by independent sources (0)");

    const json = await (await request.get(`/api/stories/${slug}/fact-sheet?verdict=contradict&format=json`)).json();
    expect(json).toMatchObject({ format: "triangulate.fact-sheet", version: 1, filters: { verdict: "contradict" } });
    expect(json.groups.contradicted.length).toBeGreaterThan(0);

    const csv = await (await request.get(`/api/stories/${slug}/fact-sheet?format=csv`)).text();
    expect(csv.split("\r\n")[0]).toMatch(/^group,cluster_id/);
    expect((await request.get(`/api/stories/${slug}/fact-sheet?format=docx`)).status()).toBe(400);
  });
});
