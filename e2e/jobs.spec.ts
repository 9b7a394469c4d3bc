import { expect, test } from "./auth";
import { courierReport, pageReport, uniqueTitle, wireReport } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

test("uploaded reports are analysed in the background: the story page shows the progress and then the matrix, without a reload", async ({ page, request }) => {
  test.setTimeout(90_000);
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Hollin progress") } });
  const { story } = (await created.json()) as { story: { slug: string; title: string } };
  const tag = story.title.split(" ").at(-1)!;
  await page.goto(`/stories/${story.slug}`);
  await expect(page.getByText("No reports yet")).toBeVisible();
  // Marks this document: a full reload would lose it.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const seen = new Set<string>();
  const polls: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(`/api/stories/${story.slug}/analysis`)) polls.push(response.url());
  });

  await page.getByLabel("Files").setInputFiles([courierReport(tag), wireReport(tag), pageReport(tag)]);
  await page.getByRole("button", { name: "Add to story" }).click();
  // Reading three files takes a worker thread a few seconds on a busy machine; the analysis is not waited for.
  await expect(page.getByRole("status")).toContainText("Added 3 reports", { timeout: 30_000 });
  const progress = page.getByTestId("analysis-progress");
  await expect(progress).toBeVisible();
  // Whatever the worker's pace, the states come in order and end at "done"; while running, the
  // words say how far it is ("Analysing 2 of 3 reports") and the bar never goes back.
  const said: string[] = [];
  const bar: number[] = [];
  for (let i = 0; i < 600; i++) {
    // One read of the three, so they come from the same render.
    const { state, text, value } = await page.evaluate(() => {
      const box = document.querySelector("[data-testid=analysis-progress]");
      return {
        state: box?.getAttribute("data-state") ?? null,
        text: box?.querySelector("[data-testid=analysis-progress-text]")?.textContent ?? null,
        value: box?.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") ?? null,
      };
    });
    if (state) seen.add(state);
    if (state === "running" && text) said.push(text);
    if (value !== null && state !== "done") bar.push(Number(value));
    if (state === "done" || state === "failed") break;
    await page.waitForTimeout(100);
  }
  expect([...seen].at(-1)).toBe("done");
  // The page showed the work under way before it showed it done.
  expect(seen.has("queued") || seen.has("running")).toBe(true);
  for (const text of said) expect(text).toMatch(/^Analysing (\d of 3 reports|: (reading|lining up the claims of|saving the claims of) 3 reports)$/);
  for (const text of said.filter((line) => / of 3 reports$/.test(line))) expect(Number(/(\d) of/.exec(text)![1])).toBeLessThanOrEqual(3);
  expect(bar).toEqual([...bar].sort((a, b) => a - b));
  await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(progress).toContainText("Analysis done: 3 reports");
  await expect(page.getByRole("region", { name: "Claim matrix", exact: true })).toBeVisible();
  await expect(page.locator("#matrix").getByText("Hollin Courier").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(polls.length).toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/screenshots/analysis-done.png", fullPage: true });
});

test("the API answers an upload with 202, the job and where to poll it; bad input gets its 4xx and queues nothing", async ({ request }) => {
  const { story } = (await (await request.post("/api/stories", { data: { title: uniqueTitle("Hollin API") } })).json()) as { story: { slug: string } };
  const poll = `/api/stories/${story.slug}/analysis`;
  expect((await request.post(`/api/stories/${story.slug}/reports`, { data: { reports: [] } })).status()).toBe(400);
  // An empty text fails the upload's schema: 400, like every other malformed input (lib/errors.ts).
  expect((await request.post(`/api/stories/${story.slug}/reports`, { data: { reports: [{ text: "   " }] } })).status()).toBe(400);
  expect(await (await request.get(poll)).json()).toMatchObject({ state: "none", jobId: null });

  const added = await request.post(`/api/stories/${story.slug}/reports`, {
    data: { reports: [{ text: "The Hollin ferry was cancelled on Friday because of high winds, the operator said." }] },
  });
  expect(added.status()).toBe(202);
  const body = (await added.json()) as { reports: { id: string }[]; analysis: { state: string; jobId: string; poll: string } };
  expect(body.reports).toHaveLength(1);
  expect(["queued", "running", "done"]).toContain(body.analysis.state);
  expect(body.analysis.jobId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.analysis.poll).toBe(poll);
  await waitForAnalysis(request, story.slug);
  expect(await (await request.get(poll)).json()).toMatchObject({ state: "done", progress: 1, reportCount: 1 });
  const matrix = await (await request.get(`/api/stories/${story.slug}/matrix`)).json();
  expect(matrix.rows.length).toBeGreaterThan(0);
  expect((await request.get("/api/stories/no-such-story/analysis")).status()).toBe(404);
});
