import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeReports } from "@/lib/analysis/analyze-reports";
import { extractArticle } from "@/lib/ingest/extract-html";
import { contradictionSides } from "@/lib/review/contradiction-sides";
import { buildFactSheet, type SheetCluster } from "../build-fact-sheet";

// The demo story's fact sheet, from its own reports through the real analysis, with fixed ids
// and times so the snapshots change only when the analysis or a format does.
const DEMO = path.resolve(import.meta.dirname, "../../../prisma/demo");
const story = JSON.parse(readFileSync(path.join(DEMO, "story.json"), "utf8")) as {
  title: string;
  eventDate: string;
  reports: { file: string; outlet: string; url: string; publishedAt: string | null }[];
};

export function demoSheet() {
  const reports = story.reports.map((report, index) => {
    const raw = readFileSync(path.join(DEMO, report.file), "utf8");
    const text = report.file.endsWith(".html") ? extractArticle(raw).text : raw;
    return { ...report, id: `report-${index + 1}`, text };
  });
  const analysis = analyzeReports(
    reports.map((report) => ({ id: report.id, text: report.text, outlet: report.outlet, url: report.url, publishedAt: report.publishedAt })),
  );
  const claims = new Map(analysis.claims.map((claim) => [claim.id, claim]));
  const sources = new Map(analysis.sources.map((source) => [source.id, source]));
  const clusters: SheetCluster[] = analysis.clusters.map((cluster) => {
    const members = cluster.claimIds.map((id) => claims.get(id)!);
    const sides = contradictionSides({ ...cluster, claims: members.map((claim) => ({ ...claim, key: claim.id, reportId: claim.sourceId })) });
    return {
      ...cluster,
      sides,
      claims: members.map((claim) => ({ reportId: claim.sourceId, text: claim.text, start: claim.start, end: claim.end })),
    };
  });
  return buildFactSheet({
    story: { title: story.title, slug: "demo", eventDate: new Date(`${story.eventDate}T00:00:00Z`) },
    baseUrl: "http://localhost:3000",
    generatedAt: new Date("2026-03-12T09:00:00Z"),
    filters: {},
    reports: reports.map((report) => ({
      id: report.id,
      outlet: report.outlet,
      title: null,
      url: report.url,
      publishedAt: report.publishedAt ? new Date(`${report.publishedAt}T00:00:00Z`) : null,
      family: sources.get(report.id)!.family,
      familyLabel: sources.get(report.id)!.familyLabel,
      articleText: report.text,
      textVersion: 1,
      versionAt: new Date("2026-03-11T08:00:00Z"),
    })),
    clusters,
    reviews: new Map(),
  });
}
