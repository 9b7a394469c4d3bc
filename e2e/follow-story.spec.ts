import { HARBOUR_RADIO, QUAYSIDE_EARLY, QUAYSIDE_LATER, startPageServer } from "../lib/reports/__fixtures__/follow-pages";
import { expect, test } from "./auth";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

// The app under test runs with FETCH_ALLOW_PRIVATE=true (playwright.config.ts), so it may fetch
// pages from this loopback server.
let pages: Awaited<ReturnType<typeof startPageServer>>;
test.beforeAll(async () => {
  pages = await startPageServer({ star: QUAYSIDE_EARLY, radio: HARBOUR_RADIO });
});
test.afterAll(async () => {
  await pages.close();
});

test.use({ role: "editor" });

test("a journalist adds reports by link, checks them for updates and sees what changed", async ({ page, request }) => {
  // Two fetches and three analyses of the story on a shared machine: more than the default 30 s.
  test.setTimeout(90_000);
  pages.setPage("star", QUAYSIDE_EARLY);
  const title = uniqueTitle("Port Allery fire");
  await page.goto("/stories/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const storyUrl = page.url();

  await page.getByLabel("Links").fill([`${pages.base}/moved/star`, `${pages.base}/page/radio`, `${pages.base}/gone`].join("\n"));
  await page.getByRole("button", { name: "Add to story" }).click();
  const answers = page.getByRole("list", { name: "What happened to each link" });
  await expect(answers.getByRole("listitem")).toHaveCount(3);
  await expect(answers).toContainText("added “Fire destroys warehouse on Port Allery quay” (Allery Evening Star)");
  await expect(answers).toContainText("added “Deadly blaze at Port Allery grain store” (Harbour Radio News)");
  await expect(answers).toContainText(`${pages.base}/gone: the server answered 404`);

  // An editor asks for a second source on a figure only this outlet gives.
  const slug = new URL(storyUrl).pathname.split("/").at(-1)!;
  await waitForAnalysis(request, slug);
  const matrix = await (await request.get(`/api/stories/${slug}/matrix`)).json();
  const hoursRow = matrix.rows.find((row: { summary: string }) => /^(6|six) hours/i.test(row.summary));
  const reviewed = await request.put(`/api/stories/${slug}/clusters/${hoursRow.id}/review`, {
    data: { status: "needs_source", note: "only the Star says so", version: 0 },
  });
  expect(reviewed.status()).toBe(200);

  await page.goto(storyUrl);
  await expect(page.getByRole("heading", { name: "Following this story" })).toBeVisible();
  await expect(page.getByText("2 reports added by link.")).toBeVisible();
  await page.getByRole("button", { name: "Check for updates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no change" })).toContainText("Fire destroys warehouse on Port Allery quay: no change");

  // An hour later the outlet has rewritten its page.
  pages.setPage("star", QUAYSIDE_LATER);
  await page.getByRole("button", { name: "Check for updates" }).click();
  // The new version is stored and the story's analysis queued: what it changed is known once that has run.
  await expect(page.getByRole("status").filter({ hasText: "changed" })).toContainText("Fire destroys warehouse on Port Allery quay: changed, now version 2");
  await waitForAnalysis(request, slug);

  await page.goto(storyUrl);
  const changes = page.getByRole("list", { name: "Latest changes" });
  await expect(changes).toContainText(/Allery Evening Star version 2, .*2 → 3/);
  // The matrix marks the new figure as this outlet's update, not as a second source.
  const updatedCell = page.locator(".mx-cell", { hasText: "Updated:" }).first();
  await expect(updatedCell).toContainText(/Three people died[\s\S]*Updated: .*2 → 3, \d\d:\d\d/);
  await page.screenshot({ path: "test-results/screenshots/follow-story.png", fullPage: true });

  await changes.getByRole("link", { name: "Allery Evening Star" }).click();
  const versions = page.locator("#versions");
  await expect(versions.getByText("Version 1", { exact: true })).toBeVisible();
  await expect(versions.getByText("Version 2", { exact: true })).toBeVisible();
  const diff = versions.getByLabel("Changes from version 1 to version 2");
  await expect(diff.locator("del")).toContainText(["Two", "six"]);
  await expect(diff.locator("ins").first()).toHaveText("Three");
  await expect(diff.locator("ins").last()).toContainText("Police said on Thursday evening");
  // The outlet changed the figure that was reviewed: the review is shown on the version it was made on.
  await expect(versions.getByText("On an earlier version")).toBeVisible();
  await expect(versions).toContainText("Version 1, “six hours”: review “Needs another source: only the Star says so”");
  await versions.screenshot({ path: "test-results/screenshots/report-versions.png" });

  // An editor pastes a corrected text of the other report: it becomes its version 2.
  await page.goto(storyUrl);
  await page.getByRole("link", { name: "Reports (2)" }).click();
  await page.getByRole("link", { name: "Deadly blaze at Port Allery grain store" }).click();
  await page
    .getByLabel("Corrected text")
    .fill(`Deadly blaze at Port Allery grain store\n\n${HARBOUR_RADIO.paragraphs.join("\n\n").replace("Two people were killed", "Three people were killed")}`);
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByText("Saved as a new version.")).toBeVisible();
  await expect(page.locator("#versions")).toContainText(/Version 2 · uploaded .* by Edie Editor/);

  await page.goto(`${storyUrl}/fact-sheet`);
  await expect(page.getByText(/Read from the latest version of each report: Allery Evening Star, version 2/)).toBeVisible();
  await page.goto(`${storyUrl}/history`);
  await expect(page.getByText("recorded a new version of a report").first()).toBeVisible();
});

test("the API adds by URL per address, refreshes, lists versions and refuses bad input with a 4xx", async ({ request }) => {
  pages.setPage("star", QUAYSIDE_EARLY);
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Port Allery fire API") } });
  const { story } = await created.json();
  const reportsPath = `/api/stories/${story.slug}/reports`;

  const notUrl = await request.post(reportsPath, { data: { urls: ["not a link"] } });
  expect(notUrl.status()).toBe(400);
  const pdf = await request.post(reportsPath, { data: { urls: [`${pages.base}/report.pdf`] } });
  expect(pdf.status()).toBe(422);
  expect((await pdf.json()).error.message).toContain("not a web page (application/pdf)");

  const added = await request.post(reportsPath, { data: { urls: [`${pages.base}/page/star`, `${pages.base}/huge`] } });
  expect(added.status()).toBe(202);
  await waitForAnalysis(request, story.slug);
  const { results } = await added.json();
  expect(results.map((result: { status: string }) => result.status)).toEqual(["added", "failed"]);
  expect(results[1].message).toMatch(/over 5 MB/);
  const reportId = results[0].report.id as string;

  pages.setPage("star", QUAYSIDE_LATER);
  const refreshed = await request.post(`/api/stories/${story.slug}/refresh`);
  expect(refreshed.status()).toBe(200);
  const answer = await refreshed.json();
  expect(answer.results).toEqual([expect.objectContaining({ reportId, status: "updated", version: 2 })]);

  const listed = await request.get(`/api/reports/${reportId}/versions?from=1&to=2`);
  const body = await listed.json();
  expect(body.versions.map((version: { number: number; source: string }) => [version.number, version.source])).toEqual([
    [1, "fetch"],
    [2, "fetch"],
  ]);
  expect(body.diff.some((block: { op: string }) => block.op === "changed")).toBe(true);
  expect((await request.get(`/api/reports/${reportId}/versions?from=1&to=9`)).status()).toBe(404);
  expect((await request.get(`/api/reports/${reportId}/versions?from=x&to=2`)).status()).toBe(400);
  const report = await (await request.get(`/api/reports/${reportId}`)).json();
  expect(report.versions).toHaveLength(2);

  const developing = await request.put(`/api/stories/${story.slug}/developing`, { data: { developing: "yes" } });
  expect(developing.status()).toBe(400);
  expect((await request.put(`/api/stories/${story.slug}/developing`, { data: { developing: true } })).status()).toBe(200);
});
