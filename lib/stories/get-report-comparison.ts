import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { diffWords } from "@/lib/diff/diff-words";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

// Lower-cased so "A" and "a" name one report, as PostgreSQL's uuid type treats them.
const reportIdField = (which: string) =>
  z
    .guid({ error: (issue) => (issue.input === undefined ? `choose report ${which}` : `report ${which} is not a report id`) })
    .transform((id) => id.toLowerCase());

/** `?a=<reportId>&b=<reportId>`: the two reports to put side by side. */
export const comparisonQuerySchema = z
  .object({ a: reportIdField("A"), b: reportIdField("B") })
  .refine((query) => query.a !== query.b, { message: "pick two different reports", path: ["b"] });

export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

const differencesSchema = z.array(z.object({ sourceId: z.string(), claimId: z.string(), words: z.string() }));
const sidesSchema = z.record(z.string(), z.enum(["a", "b"]));

const REPORT_FIELDS = { id: true, title: true, outletName: true, fileName: true, family: true, familyLabel: true } as const;
const CLAIM_FIELDS = { id: true, key: true, reportId: true, clusterId: true, kind: true, text: true, summary: true, start: true, end: true } as const;
const CLUSTER_FIELDS = {
  id: true,
  kind: true,
  summary: true,
  verdict: true,
  reason: true,
  differences: true,
  sides: true,
  reportCount: true,
  independentCount: true,
} as const;

/**
 * Two reports of one story side by side: the claims they share (same cluster), lined up
 * with their wording diffed, contradictions first; then what each says that the other
 * does not. Reports of another story are not found, as if they did not exist.
 */
export async function getReportComparison(actor: Actor | null, slug: string, query: unknown) {
  assertCan(actor, "story:read");
  const { a, b } = parseInput(comparisonQuerySchema, query, "comparison");
  // One snapshot: a re-analysis replaces claims and clusters as a whole, and reading half
  // of each would pair claims with clusters that no longer exist.
  const { story, reports, clusters } = await db.$transaction(
    async (tx) => {
      const story = await tx.story.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
      if (!story) throw new AppError("not_found", `No story at "${slug}".`);
      const reports = await tx.report.findMany({
        where: { storyId: story.id, id: { in: [a, b] } },
        select: { ...REPORT_FIELDS, claims: { select: CLAIM_FIELDS, orderBy: [{ start: "asc" }, { end: "asc" }] } },
      });
      const clusterIds = new Set(reports.flatMap((report) => report.claims.map((claim) => claim.clusterId).filter((id): id is string => id !== null)));
      const clusters = await tx.cluster.findMany({ where: { storyId: story.id, id: { in: [...clusterIds] } }, select: CLUSTER_FIELDS });
      return { story, reports, clusters };
    },
    { isolationLevel: "RepeatableRead" },
  );

  const reportA = reports.find((report) => report.id === a);
  const reportB = reports.find((report) => report.id === b);
  if (!reportA || !reportB) throw new AppError("not_found", "Those reports are not both in this story.");

  const toClaim = ({ clusterId: _cluster, ...claim }: (typeof reportA.claims)[number]) => claim;
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const inB = new Set(reportB.claims.map((claim) => claim.clusterId));
  const shared = new Set(reportA.claims.map((claim) => claim.clusterId).filter((id): id is string => id !== null && inB.has(id) && clusterById.has(id)));

  const rows = [...shared].map((clusterId) => {
    const cluster = clusterById.get(clusterId)!;
    const claimsA = reportA.claims.filter((claim) => claim.clusterId === clusterId).map(toClaim);
    const claimsB = reportB.claims.filter((claim) => claim.clusterId === clusterId).map(toClaim);
    const differences = parseDifferences(cluster.differences);
    // The cluster may contradict because of a third report while these two agree: they
    // contradict each other when they take different sides, or (sides unknown) are the pair
    // the contradiction names.
    const named = new Set(differences.map((difference) => difference.sourceId));
    const sides = sidesSchema.safeParse(cluster.sides).data ?? {};
    const [sideA, sideB] = [sides[claimsA[0]!.key], sides[claimsB[0]!.key]];
    const contradictsHere = cluster.verdict === "contradict" && (sideA && sideB ? sideA !== sideB : named.has(reportA.id) && named.has(reportB.id));
    return {
      cluster: {
        id: cluster.id,
        kind: cluster.kind,
        summary: cluster.summary,
        verdict: cluster.verdict,
        reason: cluster.reason,
        reportCount: cluster.reportCount,
        independentCount: cluster.independentCount,
      },
      contradictsHere,
      a: claimsA,
      b: claimsB,
      diff: diffWords(claimsA[0]!.text, claimsB[0]!.text),
    };
  });
  rows.sort((x, y) => rank(x) - rank(y) || x.a[0]!.start - y.a[0]!.start);

  const unmatched = (claims: typeof reportA.claims) => claims.filter((claim) => !claim.clusterId || !shared.has(claim.clusterId)).map(toClaim);
  const { claims: _a, ...aDetails } = reportA;
  const { claims: _b, ...bDetails } = reportB;
  return {
    story,
    a: aDetails,
    b: bDetails,
    sameFamily: reportA.family !== null && reportA.family === reportB.family,
    shared: rows,
    onlyA: unmatched(reportA.claims),
    onlyB: unmatched(reportB.claims),
  };
}

function parseDifferences(value: unknown) {
  const parsed = differencesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

const VERDICT_RANK = { contradict: 1, agree: 2, single: 3 } as const;

function rank(row: { contradictsHere: boolean; cluster: { verdict: keyof typeof VERDICT_RANK } }): number {
  return row.contradictsHere ? 0 : VERDICT_RANK[row.cluster.verdict];
}

export type ReportComparison = Awaited<ReturnType<typeof getReportComparison>>;
export type ComparedReport = ReportComparison["a"];
export type ComparedClaim = ReportComparison["onlyA"][number];
export type SharedClaimRow = ReportComparison["shared"][number];
