import { expect, test } from "./auth";
import { createStoryWithReports } from "./many-reports";

test.use({ viewport: { width: 1440, height: 900 } });

const grid = (page: import("@playwright/test").Page) => page.locator("#matrix-grid");

for (const count of [5, 8]) {
  test(`at 1440 px every one of ${count} reports is visible without scrolling sideways`, async ({ page, request }) => {
    const slug = await createStoryWithReports(request, count);
    await page.goto(`/stories/${slug}`);
    const headers = grid(page).locator("thead tr").nth(1).getByRole("columnheader");
    await expect(headers).toHaveCount(count);
    const widths: number[] = [];
    for (let index = 0; index < count; index++) {
      const box = (await headers.nth(index).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      widths.push(Math.round(box.width));
    }
    // Fixed, equal columns, whatever the length of a report's name.
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    expect(await grid(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    // The column shows the outlet; hovering gives the headline.
    await expect(headers.first().getByRole("link")).toHaveAttribute("title", /^Brockley Bugle: Flooding shuts the Brockley rail tunnel/);
    await page.screenshot({ path: `test-results/screenshots/matrix-${count}-reports.png` });
  });
}

test("past eight reports the matrix scrolls in one box, its claim column sticky, and a focused cell is never under it", async ({ page, request }) => {
  const slug = await createStoryWithReports(request, 11);
  await page.goto(`/stories/${slug}`);
  const box = grid(page);
  await expect(box.locator("thead tr").nth(1).getByRole("columnheader")).toHaveCount(11);
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const claimColumn = box.getByRole("columnheader", { name: /^Claim/ });
  const before = (await claimColumn.boundingBox())!;
  await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  expect((await claimColumn.boundingBox())!.x).toBeCloseTo(before.x, 0);

  // Keyboard: skip links lead to the grid; its first cell comes into view beside the claim column.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the claim matrix" })).toBeFocused();
  await page.keyboard.press("Enter");
  const cell = box.locator('[data-row="0"][data-col="0"]');
  await expect(cell).toBeFocused();
  const cellBox = (await cell.boundingBox())!;
  const column = (await box.locator("tbody th").first().boundingBox())!;
  expect(cellBox.x).toBeGreaterThanOrEqual(column.x + column.width - 1);
});

test("back to the matrix returns to the row the cell was opened from", async ({ page, request }) => {
  const slug = await createStoryWithReports(request, 5);
  await page.goto(`/stories/${slug}`);
  const last = grid(page).locator("tbody tr").last();
  const rowId = await last.getAttribute("id");
  await last.locator("a[data-row]").first().click();
  await expect(page).toHaveURL(/\/reports\//);
  await page.getByRole("link", { name: /Back to the matrix/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${rowId}$`));
  await expect(page.locator(`#${rowId}`)).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
