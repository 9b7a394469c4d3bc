import type { APIRequestContext } from "@playwright/test";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

// Short invented reports of one invented event (a flooded rail tunnel), for layout tests that
// need a story of any number of reports. Each outlet words the shared facts its own way; one
// in four gives another count of stranded passengers, so the story has a contradiction.
const OUTLETS = [
  "Brockley Bugle",
  "Northgate Wire",
  "Valley Evening Standard",
  "Riverside Courier",
  "The Tunnel Line",
  "Eastmarch Herald",
  "County Radio News",
  "Weald Gazette",
  "Southbank Daily",
  "Harrow Post",
  "Morrow Times",
  "Fen Observer",
];

function reportText(index: number): string {
  const stranded = index % 4 === 3 ? 500 : 300;
  return [
    index % 2 === 0 ? "Flooding shuts the Brockley rail tunnel after a night of storms" : "Brockley tunnel closed as river floods the line",
    `Water closed the Brockley rail tunnel on Tuesday morning after the river burst its banks, the rail operator told the ${OUTLETS[index]}.`,
    `About ${stranded} passengers were stranded on two trains near the southern portal for several hours.`,
    `"We will not reopen the line until engineers have checked every metre of the track," said operations director Mara Quill.`,
    index % 2 === 0 ? "Buses replaced trains between Brockley and Eastmarch for the rest of the week." : `Report ${index + 1} from the scene.`,
  ].join("\n\n");
}

/** A story of `count` reports (at most 12) through the API; returns its slug. */
export async function createStoryWithReports(request: APIRequestContext, count: number): Promise<string> {
  const created = await request.post("/api/stories", { data: { title: uniqueTitle(`Brockley tunnel flood, ${count} reports`), eventDate: "2026-11-03" } });
  if (created.status() !== 201) throw new Error(`story: ${created.status()} ${await created.text()}`);
  const { story } = await created.json();
  const reports = Array.from({ length: count }, (_, index) => ({
    text: reportText(index),
    format: "text",
    outletName: OUTLETS[index],
    url: `https://news${index + 1}.example/brockley`,
    publishedAt: "2026-11-03",
  }));
  const added = await request.post(`/api/stories/${story.slug}/reports`, { data: { reports } });
  // Stored at once (202); the matrix appears once the queued analysis is done.
  if (added.status() !== 202) throw new Error(`reports: ${added.status()} ${await added.text()}`);
  await waitForAnalysis(request, story.slug);
  return story.slug;
}
