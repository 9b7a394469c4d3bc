// Shared by the review DB tests: a story of two independent reports that contradict each
// other on the number of dead, written for these tests.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addReports } from "@/lib/reports/add-reports";
import { createStory } from "@/lib/stories/create-story";
import { COURIER_REPORT as COURIER, GAZETTE_REPORT as GAZETTE } from "./contradiction-texts";
import { settleStoryAnalysis } from "@/lib/jobs/settle-story-analysis";

export const testEditor: Actor = { id: "t-editor", name: "Test editor", role: "editor" };

/** A fresh story with its reports analysed; returns its slug and one contradicted cluster. */
export async function contradictedStory(): Promise<{ slug: string; storyId: string; clusterId: string; reportIds: string[] }> {
  const story = await createStory(testEditor, { title: `Island Star sinking ${randomUUID().slice(0, 8)}` });
  const added = await addReports(testEditor, story.slug, {
    reports: [
      { text: GAZETTE, fileName: "gazette.txt", outletName: "Corra Gazette" },
      { text: COURIER, fileName: "courier.txt", outletName: "Island Courier" },
    ],
  });
  await settleStoryAnalysis(story.slug);
  const cluster = await db.cluster.findFirst({ where: { storyId: story.id, verdict: "contradict" }, orderBy: { position: "asc" }, select: { id: true } });
  if (!cluster) throw new Error("the test story has no contradiction");
  return { slug: story.slug, storyId: story.id, clusterId: cluster.id, reportIds: added.map((report) => report.id) };
}
