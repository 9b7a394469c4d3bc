import { createHash } from "node:crypto";
import { groupOf, type FactSheet, type FactSheetItem, type FactSheetSide } from "./fact-sheet";

export type SheetReport = {
  id: string;
  outlet: string;
  title: string | null;
  url: string | null;
  publishedAt: Date | null;
  family: string;
  familyLabel: string;
  articleText: string;
  /** which version of the report's text the analysis read, and when that text was fetched or uploaded */
  textVersion: number;
  versionAt: Date;
};
export type SheetCluster = {
  id: string;
  kind: string;
  summary: string;
  verdict: FactSheetItem["verdict"];
  reason: string;
  reportCount: number;
  independentCount: number;
  claims: { reportId: string; text: string; start: number; end: number }[];
  /** A contradiction's sides; `anchor` is the named claim's, matched against the review's right side. */
  sides?: { words: string; text: string; anchor: string | null; reportIds: string[] }[] | null;
};
export type SheetReview = NonNullable<FactSheetItem["review"]> & { rightSide?: string | null };
export type SheetInput = {
  story: { title: string; slug: string; eventDate: Date | null };
  baseUrl: string;
  generatedAt: Date;
  filters: Record<string, string | undefined>;
  reports: SheetReport[];
  /** Already filtered and ordered as the matrix shows them. */
  clusters: SheetCluster[];
  reviews: Map<string, SheetReview>;
  /** Leave out every claim no editor has reviewed. */
  reviewedOnly?: boolean;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Assembles a fact sheet; pure, so every export format is built from the same facts. */
export function buildFactSheet(input: SheetInput): FactSheet {
  const outlet = new Map(input.reports.map((report) => [report.id, report.outlet]));
  const families = new Map<string, { label: string; reportIds: string[] }>();
  for (const report of input.reports) {
    const family = families.get(report.family) ?? { label: report.familyLabel, reportIds: [] };
    family.reportIds.push(report.id);
    families.set(report.family, family);
  }
  const groups: FactSheet["groups"] = { contradicted: [], confirmed: [], singleSource: [], needsSource: [] };
  const counts = { claims: 0, reviewed: 0, notReviewed: 0, dismissed: 0 };
  for (const cluster of input.clusters) {
    const found = input.reviews.get(cluster.id);
    const review = found && found.status !== "unverified" ? found : null;
    if (review?.status === "not_a_claim") {
      counts.dismissed++;
      continue;
    }
    counts.claims++;
    counts[review ? "reviewed" : "notReviewed"]++;
    if (input.reviewedOnly && !review) continue;
    const { rightSide = null, ...shown } = review ?? {};
    const item: FactSheetItem = {
      clusterId: cluster.id,
      kind: cluster.kind,
      summary: cluster.summary,
      verdict: cluster.verdict,
      reason: cluster.reason,
      reportCount: cluster.reportCount,
      independentCount: cluster.independentCount,
      review: review ? (shown as NonNullable<FactSheetItem["review"]>) : null,
      sides: cluster.sides?.map(({ anchor, ...side }): FactSheetSide => ({ ...side, right: !!anchor && anchor === rightSide })) ?? null,
      mentions: cluster.claims.map((claim) => ({
        reportId: claim.reportId,
        outlet: outlet.get(claim.reportId) ?? "",
        text: claim.text,
        start: claim.start,
        end: claim.end,
      })),
    };
    groups[groupOf(item)].push(item);
  }
  return {
    format: "triangulate.fact-sheet",
    version: 2,
    generatedAt: input.generatedAt.toISOString(),
    story: { title: input.story.title, slug: input.story.slug, eventDate: day(input.story.eventDate), url: `${input.baseUrl}/stories/${input.story.slug}` },
    filters: Object.fromEntries(Object.entries(input.filters).filter((entry): entry is [string, string] => !!entry[1])),
    reviewedOnly: !!input.reviewedOnly,
    counts,
    sources: input.reports.map((report) => ({
      reportId: report.id,
      outlet: report.outlet,
      title: report.title,
      url: report.url,
      publishedAt: day(report.publishedAt),
      family: report.family,
      familyLabel: report.familyLabel,
      textSha256: createHash("sha256").update(report.articleText).digest("hex"),
      textVersion: report.textVersion,
      versionAt: report.versionAt.toISOString(),
    })),
    families: [...families.values()],
    groups,
  };
}
