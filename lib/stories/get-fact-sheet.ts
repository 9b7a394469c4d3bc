import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { buildFactSheet, type SheetReview } from "@/lib/export/build-fact-sheet";
import type { FactSheet } from "@/lib/export/fact-sheet";
import type { MatrixFilters } from "@/lib/matrix/matrix-filters";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { contradictionSides } from "@/lib/review/contradiction-sides";
import { indexByAnchor, matchReview } from "@/lib/review/match-review";
import { getClaimMatrix } from "./get-claim-matrix";
import { reportName } from "./report-name";

/** A story's fact sheet, with the matrix's filters applied (all pages of them). */
export async function getFactSheet(
  actor: Actor | null,
  slug: string,
  filters: MatrixFilters,
  baseUrl: string,
  options: { reviewedOnly?: boolean } = {},
): Promise<FactSheet> {
  const matrix = await getClaimMatrix(actor, slug, { ...filters, page: undefined }, Number.MAX_SAFE_INTEGER);
  const { texts, reviews, contradictions } = await readSheetRecords(matrix.story.id);
  const textOf = new Map(texts.map((report) => [report.id, report.articleText]));
  const versionOf = new Map(
    texts.map((report) => {
      const latest = report.versions[0];
      return [report.id, { textVersion: latest?.number ?? 1, versionAt: latest ? (latest.fetchedAt ?? latest.createdAt) : report.createdAt }];
    }),
  );
  const sidesOf = new Map(contradictions.map((cluster) => [cluster.id, contradictionSides(cluster)]));
  const reviewOf = reviewsByRow(matrix.rows, reviews);
  const label = new Map(matrix.columns.map((column) => [column.id, column]));
  return buildFactSheet({
    story: matrix.story,
    baseUrl,
    generatedAt: new Date(),
    filters: Object.fromEntries(
      Object.entries(filters)
        .filter(([key]) => key !== "page")
        .map(([key, value]) => [key, value === undefined ? undefined : String(value)]),
    ),
    reports: matrix.reports.map((report) => ({
      id: report.id,
      outlet: label.get(report.id)?.label ?? reportName(report),
      title: report.title,
      url: report.url,
      publishedAt: report.publishedAt,
      family: label.get(report.id)?.family ?? report.id,
      familyLabel: label.get(report.id)?.familyLabel ?? "Unknown source",
      articleText: textOf.get(report.id) ?? "",
      ...(versionOf.get(report.id) ?? { textVersion: 1, versionAt: report.createdAt }),
    })),
    clusters: matrix.rows.map((row) => ({
      ...row,
      sides: sidesOf.get(row.id) ?? null,
      claims: row.cells.flatMap((cell) => cell.claims.map((claim) => ({ reportId: cell.reportId, text: claim.text, start: claim.start, end: claim.end }))),
    })),
    reviews: reviewOf,
    reviewedOnly: options.reviewedOnly,
  });
}

/** The story's article texts and their latest versions, its reviews, and its contradicted rows' sides. */
async function readSheetRecords(storyId: string) {
  const [texts, reviews, contradictions] = await Promise.all([
    db.report.findMany({
      where: { storyId },
      select: {
        id: true,
        articleText: true,
        createdAt: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, createdAt: true, fetchedAt: true } },
      },
    }),
    db.clusterReview.findMany({
      where: { storyId },
      select: { anchorRef: true, status: true, note: true, evidence: true, rightSide: true, updatedByName: true, updatedAt: true },
    }),
    db.cluster.findMany({
      where: { storyId, verdict: "contradict" },
      select: {
        id: true,
        verdict: true,
        differences: true,
        sides: true,
        claims: { select: { key: true, reportId: true, start: true, end: true, kind: true, text: true } },
      },
    }),
  ]);
  return { texts, reviews, contradictions };
}

type Matrix = Awaited<ReturnType<typeof getClaimMatrix>>;

/** Each row's review, found by the anchors of its claims. */
function reviewsByRow(rows: Matrix["rows"], reviews: Awaited<ReturnType<typeof readSheetRecords>>["reviews"]): Map<string, SheetReview> {
  const reviewsByRef = indexByAnchor(reviews);
  return new Map(
    rows.flatMap((row) => {
      const anchors = row.cells.flatMap((cell) => cell.claims.map((claim) => claimAnchor({ reportId: cell.reportId, ...claim })));
      const { review } = matchReview(anchors, reviewsByRef);
      if (!review) return [];
      const value: SheetReview = {
        status: review.status,
        note: review.note,
        evidence: review.evidence,
        rightSide: review.rightSide,
        reviewedBy: review.updatedByName,
        reviewedAt: review.updatedAt.toISOString(),
      };
      return [[row.id, value] as const];
    }),
  );
}
