import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./auth";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

// Two reports of an invented bridge closure, written for this test: the number of cars
// differs (and one drops "at least"), and the engineer's quote is reworded.
const CHRONICLE = `Storm shuts the Kessel river bridge

The Kessel river bridge was closed on Tuesday morning after high winds tore loose a section of its railing, the Dunmere county council said.
At least 14 cars were stuck on the bridge when it shut, and police walked their drivers to safety.
Council engineer Marta Holloway said: "The bridge will stay shut until we are certain it is safe."
Repairs are expected to take 3 weeks.
Traffic is being diverted through Ashby, adding nearly 30 minutes to the journey.`;

const VALLEY_POST = `Kessel bridge closed after storm damage

Gusts of up to 110 km/h battered the valley overnight, and by Tuesday the Dunmere county council had barred traffic from the Kessel river bridge.
Officers said 20 cars were stranded on the span during the storm.
"The bridge stays closed until we are sure it is safe," Marta Holloway, the council engineer, told reporters.
She said repairs would take 5 weeks.
The ferry service across the Kessel will run extra crossings this week.`;

async function bridgeStory(request: APIRequestContext) {
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Kessel bridge closure") } });
  expect(created.status()).toBe(201);
  const { story } = await created.json();
  const added = await request.post(`/api/stories/${story.slug}/reports`, {
    data: {
      reports: [
        { text: CHRONICLE, fileName: "chronicle.txt", outletName: "Kessel Chronicle", publishedAt: "2026-10-06" },
        { text: VALLEY_POST, fileName: "valley-post.txt", outletName: "Valley Post", publishedAt: "2026-10-06" },
      ],
    },
  });
  expect(added.status()).toBe(202);
  await waitForAnalysis(request, story.slug);
  const { reports } = (await added.json()) as { reports: { id: string }[] };
  return { slug: story.slug as string, chronicle: reports[0]!.id, post: reports[1]!.id };
}

test("the compare view lines up two reports and marks the changed number and the reworded quote", async ({ page, request }) => {
  const { slug, chronicle, post } = await bridgeStory(request);
  await page.goto(`/stories/${slug}/compare`);
  await expect(page.getByRole("heading", { level: 1, name: "Two reports, claim by claim" })).toBeVisible();
  await page.getByLabel("Report A").selectOption(chronicle);
  await page.getByLabel("Report B").selectOption(post);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`a=${chronicle}&b=${post}`));

  const shared = page.getByRole("table", { name: /Claims both reports make/ });
  await expect(shared).toBeVisible();
  const cars = shared.getByRole("rowgroup").filter({ hasText: "20 cars" });
  await expect(cars.locator("mark").filter({ hasText: "20" })).toBeVisible();
  await expect(cars.locator("mark").filter({ hasText: "At least 14" })).toBeVisible();
  await expect(cars.locator("mark").filter({ hasText: "cars" })).toHaveCount(0);
  // Marks interrupt the text, so the row is found by its heading, not by the reworded words.
  const quote = shared.getByRole("rowgroup").filter({ hasText: "Quote: Marta Holloway" });
  await expect(quote.locator("mark").filter({ hasText: "stays closed" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Only in B · Valley Post/ })).toBeVisible();

  const inContext = cars.getByRole("link", { name: /In context.*Valley Post/ });
  await expect(inContext).toHaveAttribute("href", new RegExp(`^/reports/${post}\\?claim=([0-9a-f-]{36})#claim-\\1$`));
  await page.screenshot({ path: "test-results/screenshots/compare.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/compare-phone.png", fullPage: true });
});

test("the compare view explains bad links and hides reports of other stories", async ({ page, request }) => {
  const { slug, chronicle } = await bridgeStory(request);
  const other = await bridgeStory(request);
  await page.goto(`/stories/${slug}/compare?a=${chronicle}&b=not-a-report`);
  await expect(page.locator("form [role=alert]")).toContainText("report B is not a report id");
  await expect(page.getByLabel("Report A")).toHaveValue(chronicle);
  await page.goto(`/stories/${slug}/compare?a=${chronicle}&b=${chronicle}`);
  await expect(page.locator("form [role=alert]")).toContainText("pick two different reports");
  const foreign = await page.goto(`/stories/${slug}/compare?a=${chronicle}&b=${other.post}`);
  expect(foreign?.status()).toBe(404);
});

test("the entity pages list who the reports name and every claim about them", async ({ page, request }) => {
  const { slug, post } = await bridgeStory(request);
  await page.goto(`/stories/${slug}/entities`);
  await expect(page.getByRole("heading", { level: 1, name: "People, places and organisations" })).toBeVisible();
  const people = page.getByRole("table", { name: /People/ });
  const holloway = people.getByRole("row").filter({ hasText: "Marta Holloway" });
  await expect(holloway.getByRole("cell").last()).toContainText("2 of 2");
  await holloway.getByRole("link", { name: "Marta Holloway" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Marta Holloway" })).toBeVisible();
  await expect(page.getByText("Person", { exact: true })).toBeVisible();
  const chronicleSection = page.getByRole("region", { name: /Kessel Chronicle/ });
  const postSection = page.getByRole("region", { name: /Valley Post/ });
  await expect(chronicleSection.getByText("The bridge will stay shut until we are certain it is safe", { exact: true })).toBeVisible();
  await expect(postSection.getByText(/^"The bridge stays closed until we are sure it is safe/)).toBeVisible();
  await expect(postSection.getByText("“Marta Holloway”")).toBeVisible();
  await expect(postSection.getByRole("link", { name: /In context/ }).first()).toHaveAttribute("href", new RegExp(`^/reports/${post}\\?claim=`));
  await page.screenshot({ path: "test-results/screenshots/entity.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goBack();
  await page.screenshot({ path: "test-results/screenshots/entities-phone.png", fullPage: true });
});

test.describe("signed out", () => {
  test.use({ role: null });

  test("the compare and entity pages send a signed-out visitor to sign in, and back", async ({ page }) => {
    await page.goto("/stories/any-story/compare?a=x&b=y");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories%2Fany-story%2Fcompare%3Fa%3Dx%26b%3Dy$/);
    await page.goto("/stories/any-story/entities");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories%2Fany-story%2Fentities$/);
  });
});
