import { expect, test } from "./auth";
import { createDemoStory } from "./demo-story";

test.describe("the claim matrix on the demo story", () => {
  let slug: string;
  test.beforeAll(async ({ request }) => {
    slug = await createDemoStory(request);
  });

  test("shows a known contradiction with both wordings, labelled", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    const matrix = page.getByRole("region", { name: /Claim matrix table/ });
    const row = matrix
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /Marwood/ }) })
      .filter({ hasText: "former Mayor" })
      .first();
    await expect(row.getByRole("rowheader")).toContainText("Contradiction");
    await expect(row.getByRole("link").filter({ hasText: "former Mayor Delia Marwood" })).toContainText("Contradicts");
    await expect(
      row
        .getByRole("link")
        .filter({ hasText: /^(?!.*former).*Mayor Delia Marwood/ })
        .first(),
    ).toContainText("Contradicts");
    // Each cell of a disputed figure names the report on the other side.
    const dead = matrix
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /12 dead/ }) })
      .first();
    await expect(dead.getByRole("link").filter({ hasText: "17 people died" })).toContainText(/Contradicts\s*Harbour Post/);
    await expect(dead.getByRole("link").filter({ hasText: "12 people dead" })).toContainText(/Contradicts\s*Coastline Today/);
    // The relay and the adaptation sit under their origin's family header.
    await expect(matrix.getByRole("columnheader", { name: /3 reports, 1 independent/ })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/matrix.png" });
  });

  test("filtering to contradictions hides the agreements and lives in the URL", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    const matrix = page.getByRole("region", { name: /Claim matrix table/ });
    // Contradictions come first, then single-source claims; agreements follow on later pages.
    await expect(matrix.getByRole("rowheader").filter({ hasText: "Single source" }).first()).toBeVisible();
    await page
      .getByRole("navigation", { name: "Verdict" })
      .getByRole("link", { name: /Contradiction/ })
      .click();
    await expect(page).toHaveURL(/verdict=contradict/);
    await expect(matrix.getByRole("rowheader").filter({ hasText: "Contradiction" }).first()).toBeVisible();
    await expect(matrix.getByRole("rowheader").filter({ hasText: "Agreement" })).toHaveCount(0);
    await expect(matrix.getByRole("rowheader").filter({ hasText: "Single source" })).toHaveCount(0);
    await page.getByLabel("Search").fill("no such words anywhere");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/verdict=contradict.*q=no\+such/);
    await expect(matrix.getByText("No claim matches these filters.")).toBeVisible();
  });

  test("a cell opens its report with the claim highlighted, and back returns to the row", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    const cell = page
      .getByRole("region", { name: /Claim matrix table/ })
      .getByRole("link")
      .filter({ hasText: "former Mayor Delia Marwood" })
      .first();
    await cell.click();
    await expect(page).toHaveURL(/\/reports\/.+claim=/);
    await expect(page.locator("mark")).toContainText("former Mayor Delia Marwood");
    await page.getByRole("link", { name: "← Back to the matrix" }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${slug}#row-`));
  });

  test("the summary counts the verdicts and draws each report's agreements and contradictions", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByText("Contradictions")).toBeVisible();
    const bars = summary.getByRole("listitem");
    await expect(bars).toHaveCount(5);
    const [agree, contradict] = (await bars.first().innerText())
      .match(/(\d+) agree · (\d+) contradict/)!
      .slice(1)
      .map(Number);
    expect(agree! + contradict!).toBeGreaterThan(0);
    // The bar's colours change where its share of agreements and of contradictions ends.
    const bar = bars.first().locator(".tally-bar");
    expect(await bar.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/^linear-gradient/);
    expect((await bar.boundingBox())!.width).toBeGreaterThan(10);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the matrix is a list of its claims, each linking to the claim's page", async ({ page }) => {
      await page.goto(`/stories/${slug}`);
      const claims = page.getByRole("list", { name: "Claims" }).getByRole("listitem");
      await expect(claims.first()).toContainText("Contradiction");
      await expect(claims.filter({ hasText: "Delia Marwood" }).first().getByRole("link")).toHaveAttribute("href", new RegExp(`^/stories/${slug}/clusters/`));
    });
  });

  test("arrow keys move between cells", async ({ page }) => {
    await page.goto(`/stories/${slug}`);
    const first = page.locator('[data-row="0"][data-col="0"]');
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator('[data-row="0"][data-col="1"]')).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('[data-row="1"][data-col="1"]')).toBeFocused();
    await page.keyboard.press("Home");
    await expect(page.locator('[data-row="1"][data-col="0"]')).toBeFocused();
  });

  test("on a phone the matrix is a list of claims with only the reports that state them", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/stories/${slug}`);
    const card = page.locator("tbody tr").filter({ hasText: "former Mayor" }).first();
    await expect(card).toBeVisible();
    await expect(page.getByRole("region", { name: /Claim matrix table/ }).locator("thead")).toBeHidden();
    const silent = page.locator("td[aria-label$=': silent']");
    // The demo's single-source claims leave most reports silent: those cells are in the page, not shown.
    await expect(silent.first()).toBeAttached();
    await expect(silent.first()).toBeHidden();
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screenshots/matrix-phone.png" });
  });
});
