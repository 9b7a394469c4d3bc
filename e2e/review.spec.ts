import { mkdirSync } from "node:fs";
import { expect, test } from "./auth";
import { contradictionStory, editorsInConflict } from "./review-story";

mkdirSync("test-results/screenshots", { recursive: true });

test("an editor marks a contradiction disputed; a reader sees it and its trail; the queue lists it until it is settled", async ({ page, request, pageAs }) => {
  const { slug, clusterId } = await contradictionStory(request);
  const claimPath = `/stories/${slug}/clusters/${clusterId}`;

  // A journalist comments but cannot set a status, on the page or through the API.
  await page.goto(claimPath);
  const review = page.getByRole("region", { name: "Review", exact: true });
  await expect(review.getByRole("button", { name: "Set status" })).toHaveCount(0);
  await expect(review).toContainText("Editors set the status");
  await page.getByRole("textbox", { name: "Comment" }).fill("Called the coastguard: they stand by twelve.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByRole("region", { name: /Comments/ })).toContainText("they stand by twelve");
  const refused = await request.put(`/api/stories/${slug}/clusters/${clusterId}/review`, { data: { status: "verified", version: 0, evidence: [] } });
  expect(refused.status()).toBe(403);

  // The editor sets "disputed" with a note and a link.
  const editor = await pageAs("editor");
  await editor.goto(claimPath);
  const form = editor.getByRole("region", { name: "Review", exact: true });
  await form.getByLabel(/^Disputed/).check();
  await form.getByLabel("Note").fill("Coastguard says 12, police say at least 17.");
  await form.getByLabel(/Evidence links/).fill("https://example.org/coastguard-statement");
  await form.getByRole("button", { name: "Set status" }).click();
  await expect(form.getByRole("status")).toContainText("Saved: Disputed");
  await editor.reload();
  await editor.screenshot({ path: "test-results/screenshots/cluster-page.png", fullPage: true });

  // A reader sees the status, the note, the comment and the trail, and no forms.
  const reader = await pageAs("reader");
  await reader.goto(claimPath);
  const seen = reader.getByRole("region", { name: "Review", exact: true });
  await expect(seen.getByTitle(/^Disputed:/).first()).toBeVisible();
  await expect(seen).toContainText("Coastguard says 12, police say at least 17.");
  await expect(seen.getByRole("link", { name: "https://example.org/coastguard-statement" })).toBeVisible();
  await expect(reader.getByRole("button", { name: /Set status|Post comment/ })).toHaveCount(0);
  const trail = reader.getByRole("region", { name: "Audit trail" });
  await expect(trail.getByRole("listitem").filter({ hasText: "Edie Editor set the status" })).toContainText("status: Disputed");
  await expect(trail).toContainText("Jon Journalist commented");
  await reader.goto(`/stories/${slug}?status=disputed`);
  await expect(reader.getByRole("region", { name: /Claim matrix table/ }).getByRole("rowheader")).toHaveCount(1);
  await reader.goto(`/stories/${slug}/history`);
  await expect(reader.getByRole("main")).toContainText("Edie Editor set the status");

  // The queue lists it, still open, and clears it once the editor settles it as false.
  await editor.goto(`/review?story=${slug}`);
  const queue = editor.getByRole("list", { name: "Open flags" });
  const item = queue.getByRole("listitem").filter({ has: editor.locator(`a[href="${claimPath}"]`) });
  await expect(item).toContainText("Disputed");
  await editor.screenshot({ path: "test-results/screenshots/review-queue.png", fullPage: true });
  await item.getByRole("link", { name: /dead|died/ }).click();
  await editor
    .getByRole("region", { name: "Review", exact: true })
    .getByLabel(/^False/)
    .check();
  await editor.getByRole("button", { name: "Set status" }).click();
  await expect(editor.getByRole("region", { name: "Review", exact: true }).getByRole("status")).toContainText("Saved: False");
  await editor.goto(`/review?story=${slug}`);
  await expect(editor.locator(`a[href="${claimPath}"]`)).toHaveCount(0);
});

test("two editors change the same claim at once: the second is told, keeps what they typed, and can replace it knowingly", async ({ request, pageAs }) => {
  const { slug, clusterId, second } = await editorsInConflict(request, pageAs);

  await second.getByLabel(/^Needs another source/).check();
  await second.getByLabel("Note").fill("Only the police count so far.");
  await second.getByRole("button", { name: "Set status" }).click();
  const conflict = second.getByRole("region", { name: "Review", exact: true }).getByRole("alert");
  await expect(conflict).toContainText("Changed by Edie Editor while you were editing");
  await expect(conflict).toContainText("Coroner confirmed 12.");
  await expect(second.getByLabel("Note")).toHaveValue("Only the police count so far.");
  await expect(second.getByLabel(/^Needs another source/)).toBeChecked();

  await second.getByRole("button", { name: "Set status" }).click();
  await expect(second.getByRole("region", { name: "Review", exact: true }).getByRole("status")).toContainText("Saved: Needs another source");
  const trail = await (await request.get(`/api/stories/${slug}/clusters/${clusterId}/review`)).json();
  expect(trail.review).toMatchObject({ status: "needs_source", version: 2 });
  expect(trail.events.filter((event: { action: string }) => event.action === "review.status")).toHaveLength(2);
});

test("the API answers a stale version with 409 and the current review", async ({ request, playwright, baseURL }) => {
  const { slug, clusterId } = await contradictionStory(request);
  const { signIn } = await import("./auth");
  const editor = await playwright.request.newContext({ baseURL });
  await signIn(editor, "editor");
  const url = `/api/stories/${slug}/clusters/${clusterId}/review`;
  const first = await editor.put(url, { data: { status: "disputed", note: "first", evidence: [], version: 0 } });
  expect(first.status()).toBe(200);
  const stale = await editor.put(url, { data: { status: "verified", note: "second", evidence: [], version: 0 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details.current).toMatchObject({ status: "disputed", note: "first", version: 1, updatedByName: "Edie Editor" });
  const badLink = await editor.put(url, { data: { status: "verified", evidence: ["javascript:alert(1)"], version: 1 } });
  expect(badLink.status()).toBe(400);
  await editor.dispose();
});
