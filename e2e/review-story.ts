import type { APIRequestContext } from "@playwright/test";
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
    data: { reports: [{ text: GAZETTE, outletName: "Corra Gazette", fileName: "gazette.txt" }, { text: COURIER, outletName: "Island Courier", fileName: "courier.txt" }] },
  });
  if (added.status() !== 202) throw new Error(`reports: ${added.status()} ${await added.text()}`);
  await waitForAnalysis(request, story.slug);
  const matrix = await (await request.get(`/api/stories/${story.slug}/matrix?verdict=contradict`)).json();
  const row = matrix.rows.find((item: { summary: string }) => /dead|died/.test(item.summary));
  if (!row) throw new Error("no contradiction on the death toll");
  return { slug: story.slug, clusterId: row.id, title };
}
