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
    // A contradiction reads as two sides, the larger first; the counts are the real ones.
    await expect(page.getByText("4 reports say “killing 12 people”")).toBeVisible();
    await expect(page.getByText("1 report says “17 people died” (Coastline Today)")).toBeVisible();
    await expect(page.getByTestId("sheet-counts")).toContainText(/\d+ claims: .* 0 reviewed by an editor, \d+ not yet/);
    await expect(page.getByText(/chars \d+–\d+/)).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/fact-sheet.png", fullPage: false });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`${slug}-fact-sheet.pdf`);
    const pdf = readFileSync(await download.path());
    expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toMatch(/Contradicted \(\d+\)/);
    expect(text.replace(/\s+/g, " ")).toContain("1 report says “former Mayor” (Bayside Daily)");
    // Two or three pages for the five-report demo, where the body once ran to thirteen.
    const { totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)));
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(totalPages).toBeLessThanOrEqual(3);
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
    expect(json).toMatchObject({ format: "triangulate.fact-sheet", version: 2, filters: { verdict: "contradict" } });
    expect(json.story.url).toBe(`https://triangulate.example.org/stories/${slug}`);
    expect(json.groups.contradicted.length).toBeGreaterThan(0);

    const csv = await (await request.get(`/api/stories/${slug}/fact-sheet?format=csv`)).text();
    expect(csv.split("\r\n")[0]).toMatch(/^group,cluster_id,.*,evidence,wording: Harbour Post,/);
    expect((await request.get(`/api/stories/${slug}/fact-sheet?format=docx`)).status()).toBe(400);
  });
});
