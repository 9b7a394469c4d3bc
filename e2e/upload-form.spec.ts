import { expect, test } from "./auth";
import { courierReport, uniqueTitle, wireReport } from "./fixtures";

async function newStory(page: import("@playwright/test").Page, what: string) {
  const title = uniqueTitle(what);
  await page.goto("/stories/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title.split(" ").at(-1)!;
}

test("a journalist pastes a report with its outlet, address and date", async ({ page }) => {
  const tag = await newStory(page, "Paste check");
  await page.getByText("…or paste a report").click();
  await page.getByLabel("Text").fill(`Crews reopened the Tarrow footbridge on Monday after a week of repairs, the borough said. [${tag}]`);
  await page.getByLabel("Outlet", { exact: true }).fill("Tarrow Weekly");
  await page.getByLabel("Address").fill("https://tarrow.example/footbridge");
  await page.getByLabel("Published").fill("2026-10-05");
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 report: Tarrow Weekly");
  await expect(page.locator("form [role=alert]")).toHaveCount(0);
  await page.getByRole("link", { name: "Reports (1)" }).click();
  await expect(page.locator("#reports").getByRole("row", { name: /^Tarrow Weekly / })).toBeVisible();
});

test("a refused paste keeps what was typed", async ({ page }) => {
  await newStory(page, "Paste kept");
  await page.getByText("…or paste a report").click();
  await page.getByLabel("Text").fill("Too short.");
  await page.getByLabel("Outlet", { exact: true }).fill("Tarrow Weekly");
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("no article text");
  await expect(page.getByLabel("Text")).toHaveValue("Too short.");
  await expect(page.getByLabel("Outlet", { exact: true })).toHaveValue("Tarrow Weekly");
});

test("a duplicate file is refused alone: the rest of its batch is added, and a refused batch keeps its files", async ({ page }) => {
  const tag = await newStory(page, "Batch duplicate");
  await page.getByLabel("Files").setInputFiles([courierReport(tag)]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 report");

  await page.getByLabel("Files").setInputFiles([{ ...courierReport(tag), name: "courier-again.txt" }, wireReport(tag)]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 report");
  await expect(page.getByRole("status")).toContainText(`"courier-again.txt" is the same report as`);
  await expect(page.getByRole("link", { name: "Reports (2)" })).toBeVisible();

  // A batch that adds nothing is an error, and the chosen files stay chosen for another try.
  await page.getByLabel("Files").setInputFiles([{ ...courierReport(tag), name: "courier-third.txt" }]);
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.locator("form [role=alert]")).toContainText(`"courier-third.txt" is the same report as`);
  expect(await page.getByLabel("Files").evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
});

test("each chosen file can be named at upload", async ({ page }) => {
  const tag = await newStory(page, "Named upload");
  await page.getByLabel("Files").setInputFiles([wireReport(tag)]);
  await page.getByLabel(`Name of wire-${tag}.md`).fill("Northgate Wire");
  await page.getByRole("button", { name: "Add to story" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 report: Northgate Wire");
  await page.getByRole("link", { name: "Reports (1)" }).click();
  await expect(page.locator("#reports").getByRole("row", { name: /^Northgate Wire / })).toBeVisible();
});
