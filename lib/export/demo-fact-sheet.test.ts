import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "@/lib/analysis/analyze-reports";
import { extractArticle } from "@/lib/ingest/extract-html";
import { buildFactSheet, type SheetCluster } from "./build-fact-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";

// The demo story's fact sheet, from its own reports through the real analysis, with fixed ids
// and times so the snapshots change only when the analysis or a format does.
const DEMO = path.resolve(import.meta.dirname, "../../prisma/demo");
const story = JSON.parse(readFileSync(path.join(DEMO, "story.json"), "utf8")) as {
  title: string; eventDate: string; reports: { file: string; outlet: string; url: string; publishedAt: string | null }[];
};

function demoSheet() {
  const reports = story.reports.map((report, index) => {
    const raw = readFileSync(path.join(DEMO, report.file), "utf8");
    const text = report.file.endsWith(".html") ? extractArticle(raw).text : raw;
    return { ...report, id: `report-${index + 1}`, text };
  });
  const analysis = analyzeReports(reports.map((report) => ({ id: report.id, text: report.text, outlet: report.outlet, url: report.url, publishedAt: report.publishedAt })));
  const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const sources = new Map(analysis.sources.map((source) => [source.id, source]));
  const clusters: SheetCluster[] = analysis.clusters.map((cluster) => ({
    ...cluster,
    claims: cluster.claimIds.map((id) => claims.get(id)!).map((claim) => ({ reportId: claim.sourceId, text: claim.text, start: claim.start, end: claim.end })),
  }));
  return buildFactSheet({
    story: { title: story.title, slug: "demo", eventDate: new Date(`${story.eventDate}T00:00:00Z`) },
    baseUrl: "http://localhost:3000",
    generatedAt: new Date("2026-03-12T09:00:00Z"),
    filters: {},
    reports: reports.map((report) => ({
      id: report.id, outlet: report.outlet, title: null, url: report.url,
      publishedAt: report.publishedAt ? new Date(`${report.publishedAt}T00:00:00Z`) : null,
      family: sources.get(report.id)!.family, familyLabel: sources.get(report.id)!.familyLabel, articleText: report.text,
      textVersion: 1, versionAt: new Date("2026-03-11T08:00:00Z"),
    })),
    clusters,
    reviews: new Map(),
  });
}

describe("the demo story's fact sheet", () => {
  const sheet = demoSheet();

  it("has contradictions and agreements to show", () => {
    expect(sheet.groups.contradicted.length).toBeGreaterThan(0);
    expect(sheet.groups.confirmed.length).toBeGreaterThan(0);
  });

  it("matches its Markdown snapshot", () => {
    expect(toMarkdown(sheet)).toMatchSnapshot();
  });

  it("matches its CSV snapshot", () => {
    expect(toCsv(sheet)).toMatchSnapshot();
  });

  it("matches its JSON snapshot", () => {
    expect(JSON.stringify(sheet, null, 2)).toMatchSnapshot();
  });
});
