import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

const DEMO = path.resolve(import.meta.dirname, "../prisma/demo");

type DemoStory = { title: string; eventDate: string; reports: { file: string; outlet: string; url: string; publishedAt: string | null }[] };

/** Uploads the demo story's reports through the API under a fresh title; returns its slug. */
export async function createDemoStory(request: APIRequestContext): Promise<string> {
  const demo = JSON.parse(readFileSync(path.join(DEMO, "story.json"), "utf8")) as DemoStory;
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Ferry fire"), eventDate: demo.eventDate } });
  if (created.status() !== 201) throw new Error(`story: ${created.status()} ${await created.text()}`);
  const { story } = await created.json();
  const reports = demo.reports.map((report) => ({
    text: readFileSync(path.join(DEMO, report.file), "utf8"),
    fileName: path.basename(report.file),
    format: report.file.endsWith(".html") ? "html" : "text",
    outletName: report.outlet,
    url: report.url,
    publishedAt: report.publishedAt,
  }));
  const added = await request.post(`/api/stories/${story.slug}/reports`, { data: { reports } });
  if (added.status() !== 202) throw new Error(`reports: ${added.status()} ${await added.text()}`);
  await waitForAnalysis(request, story.slug);
  return story.slug;
}
