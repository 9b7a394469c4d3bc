import { expect, test } from "./auth";
import { createDemoStory } from "./demo-story";
import { contradictionStory, editorsInConflict } from "./review-story";

test.use({ role: "editor" });

test("a conflict shows the other editor's evidence, keeps it on saving, and updates the panel above", async ({ request, pageAs }) => {
  const { slug, clusterId, second } = await editorsInConflict(request, pageAs, "https://example.org/coroner-statement");

  const panel = second.getByRole("region", { name: "Review", exact: true });
  await second.getByLabel(/^Needs another source/).check();
  await second.getByLabel(/Evidence links/).fill("https://example.org/police-count");
  await second.getByRole("button", { name: "Set status" }).click();
  const conflict = panel.getByRole("alert");
  await expect(conflict).toContainText("Changed by Edie Editor while you were editing");
  await expect(conflict.getByRole("link", { name: "https://example.org/coroner-statement" })).toBeVisible();
  await expect(second.getByLabel(/Evidence links/)).toHaveValue("https://example.org/police-count\nhttps://example.org/coroner-statement");
  // The panel above the form now shows the review that won.
  await expect(panel).not.toContainText("No editor has reviewed");
  await expect(panel).toContainText("Coroner confirmed 12.");

  await second.getByRole("button", { name: "Set status" }).click();
  await expect(panel.getByRole("status")).toContainText("Saved: Needs another source");
  const saved = await (await request.get(`/api/stories/${slug}/clusters/${clusterId}/review`)).json();
  expect(saved.review.evidence).toEqual(["https://example.org/police-count", "https://example.org/coroner-statement"]);
});

test("a bad evidence link is named in the message", async ({ page, request }) => {
  const { slug, clusterId } = await contradictionStory(request);
  await page.goto(`/stories/${slug}/clusters/${clusterId}`);
  await page.getByLabel(/^Disputed/).check();
  await page.getByLabel(/Evidence links/).fill("https://example.org/ok\nftp://files.example/report.pdf");
  await page.getByRole("button", { name: "Set status" }).click();
  const alert = page.getByRole("region", { name: "Review", exact: true }).getByRole("alert");
  await expect(alert).toContainText('"ftp://files.example/report.pdf" is not a web address');
  await expect(alert).not.toContainText("evidence.");
});

test("an editor says which side of a contradiction is right, and the ClaimReview export follows", async ({ page, request }) => {
  const { slug, clusterId } = await contradictionStory(request);
  await page.goto(`/stories/${slug}/clusters/${clusterId}`);
  const panel = page.getByRole("region", { name: "Review", exact: true });
  const sides = panel.getByRole("group", { name: "Which side is right?" }).getByRole("radio");
  await expect(sides).toHaveCount(3); // not settled, and the two sides
  await sides.nth(1).check();
  const chosen = (await sides.nth(1).locator("xpath=..").innerText()).split("—")[0]!.trim().replace(/^“|”$/g, "");
  await panel.getByLabel(/^Verified/).check();
  await panel.getByRole("button", { name: "Set status" }).click();
  await expect(panel.getByRole("status")).toContainText("Saved: Verified");
  await page.reload();
  await expect(panel).toContainText(`Judged right: ${chosen}`);

  const reviews = await (await request.get(`/api/stories/${slug}/fact-sheet?format=jsonld`)).json();
  const ratings = reviews.filter((review: { url: string }) => review.url.endsWith(`/clusters/${clusterId}`));
  expect(ratings.map((review: { reviewRating: { alternateName: string } }) => review.reviewRating.alternateName).sort()).toEqual(["False", "True"]);
  for (const review of ratings) {
    expect(review.url.startsWith("https://triangulate.example.org/stories/")).toBe(true);
    expect(["Corra Gazette", "Island Courier"]).toContain(review.itemReviewed.author.name);
  }
});

test("the review queue puts contradictions first, filters by flag and kind, and lets an editor dismiss a row", async ({ page, request }) => {
  const slug = await createDemoStory(request);
  await page.goto(`/review?story=${slug}`);
  const queue = page.getByRole("list", { name: "Open flags" });
  await expect(queue.getByRole("listitem").first()).toContainText("Contradiction");
  const flags = page.getByRole("navigation", { name: "Flags" });
  await expect(flags.getByRole("link", { name: /^Contradictions \(\d+\)$/ })).toBeVisible();
  const singles = Number((await flags.getByRole("link", { name: /^Single source/ }).innerText()).match(/\((\d+)\)/)![1]);
  expect(singles).toBeGreaterThan(0);

  await flags.getByRole("link", { name: /^Contradictions/ }).click();
  await expect(page).toHaveURL(/flag=contradicted/);
  await expect(queue.getByRole("listitem").filter({ hasNotText: "Contradiction" })).toHaveCount(0);

  await page.getByLabel("Kind").selectOption("quantity");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/kind=quantity/);
  await expect(queue.getByRole("listitem").first()).toBeVisible();
  await expect(queue.getByRole("listitem").filter({ hasNotText: "Number" })).toHaveCount(0);

  await page.goto(`/review?story=${slug}&flag=single_source`);
  const first = queue.getByRole("listitem").first();
  const summary = await first.getByRole("link").first().innerText();
  await first.getByRole("button", { name: /^Not a claim/ }).click();
  await expect(queue.getByRole("link", { name: summary, exact: true })).toHaveCount(0);
  await expect(flags.getByRole("link", { name: `Single source (${singles - 1})` })).toBeVisible();

  await page.goto(`/stories/${slug}/history`);
  await expect(page.getByRole("main")).toContainText("Not a claim");
});

test("the review queue's story picker fits on a phone", async ({ page, request }) => {
  await contradictionStory(request);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/review");
  const picker = await page.getByLabel("Story").boundingBox();
  expect(picker!.x + picker!.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
