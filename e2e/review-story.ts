import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { COURIER_REPORT as COURIER, GAZETTE_REPORT as GAZETTE } from "../lib/review/__fixtures__/contradiction-texts";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

/** Creates the story through the API (as a journalist) and returns its slug and contradicted cluster. */
export async function contradictionStory(request: APIRequestContext): Promise<{ slug: string; clusterId: string; title: string }> {
  const title = uniqueTitle("Island Star sinking");
  const created = await request.post("/api/stories", { data: { title } });
  if (created.status() !== 201) throw new Error(`story: ${created.status()} ${await created.text()}`);
  const { story } = await created.json();
  const added = await request.post(`/api/stories/${story.slug}/reports`, {
    data: {
      reports: [
        { text: GAZETTE, outletName: "Corra Gazette", fileName: "gazette.txt" },
        { text: COURIER, outletName: "Island Courier", fileName: "courier.txt" },
      ],
    },
  });
  if (added.status() !== 202) throw new Error(`reports: ${added.status()} ${await added.text()}`);
  await waitForAnalysis(request, story.slug);
  const matrix = await (await request.get(`/api/stories/${story.slug}/matrix?verdict=contradict`)).json();
  const row = matrix.rows.find((item: { summary: string }) => /dead|died/.test(item.summary));
  if (!row) throw new Error("no contradiction on the death toll");
  return { slug: story.slug, clusterId: row.id, title };
}

/**
 * An editor and an admin open the same contradicted claim; the editor saves it as Verified (with a note
 * and, if given, evidence) while the admin's page still shows the old review: the set-up of a conflict.
 */
export async function editorsInConflict(request: APIRequestContext, pageAs: (role: "editor" | "admin") => Promise<Page>, evidence?: string) {
  const { slug, clusterId } = await contradictionStory(request);
  const claimPath = `/stories/${slug}/clusters/${clusterId}`;
  const [first, second] = [await pageAs("editor"), await pageAs("admin")];
  await first.goto(claimPath);
  await second.goto(claimPath);
  await first.getByLabel(/^Verified/).check();
  await first.getByLabel("Note").fill("Coroner confirmed 12.");
  if (evidence) await first.getByLabel(/Evidence links/).fill(evidence);
  await first.getByRole("button", { name: "Set status" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  return { slug, clusterId, first, second };
}
