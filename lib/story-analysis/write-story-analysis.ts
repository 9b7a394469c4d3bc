import "server-only";
import { randomUUID } from "node:crypto";
import type { Analysis } from "@/lib/analysis/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Replaces a story's stored analysis with `analysis`, inside the caller's transaction so
 * readers never see claims of one analysis beside clusters of another. Source ids in the
 * analysis are report ids.
 */
export async function writeStoryAnalysis(tx: Tx, storyId: string, analysis: Analysis): Promise<void> {
  await tx.claim.deleteMany({ where: { storyId } });
  await tx.cluster.deleteMany({ where: { storyId } });
  await tx.entity.deleteMany({ where: { storyId } });

  const entityIds = new Map(analysis.entities.map((entity) => [entity.id, randomUUID()]));
  const clusterIds = new Map(analysis.clusters.map((cluster) => [cluster.id, randomUUID()]));
  const claimIds = new Map(analysis.claims.map((claim) => [claim.id, randomUUID()]));
  const clusterOfClaim = new Map<string, string>();
  for (const cluster of analysis.clusters) for (const claimId of cluster.claimIds) clusterOfClaim.set(claimId, clusterIds.get(cluster.id)!);

  await insertRows(
    tx,
    "Entity",
    analysis.entities.map((entity) => ({
      id: entityIds.get(entity.id)!,
      storyId,
      key: entity.id,
      canonical: entity.canonical,
      type: entity.type,
      mentions: entity.mentions,
      roles: entity.roles ?? [],
    })),
  );
  await insertRows(
    tx,
    "Cluster",
    analysis.clusters.map((cluster, position) => ({
      id: clusterIds.get(cluster.id)!,
      storyId,
      key: cluster.id,
      position,
      kind: cluster.kind,
      summary: cluster.summary,
      verdict: cluster.verdict,
      reason: cluster.reason,
      differences: cluster.differences,
      sides: cluster.sides ?? {},
      reportCount: cluster.reportCount,
      independentCount: cluster.independentCount,
    })),
  );
  // Fields a claim does not have are left out, and stored as NULL.
  await insertRows(
    tx,
    "Claim",
    analysis.claims.map((claim) => ({
      id: claimIds.get(claim.id)!,
      storyId,
      reportId: claim.sourceId,
      clusterId: clusterOfClaim.get(claim.id) ?? null,
      key: claim.id,
      kind: claim.kind,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      summary: claim.summary,
      subject: claim.subject ?? null,
      quantity: claim.quantity,
      quote: claim.quote,
      role: claim.role,
      date: claim.date,
      attribution: claim.attribution,
    })),
  );
  await insertRows(tx, "ClaimEntity", claimEntityLinks(analysis, claimIds, entityIds));
  await updateReports(
    tx,
    storyId,
    analysis.sources.map((source) => ({
      id: source.id,
      family: source.family,
      familyLabel: source.familyLabel,
      provenance: source.provenance,
      furniture: source.furniture,
    })),
  );
  // Set by `npm start` for the server it runs (see lib/analysis-version.ts).
  await tx.story.update({ where: { id: storyId }, data: { analyzedAt: new Date(), analysisVersion: process.env.ANALYSIS_VERSION ?? null } });
}

/** Which stored claim names which stored entity; a claim may name one entity twice, the pair is stored once. */
function claimEntityLinks(analysis: Analysis, claimIds: Map<string, string>, entityIds: Map<string, string>) {
  const links = new Map<string, { claimId: string; entityId: string }>();
  for (const claim of analysis.claims) {
    for (const id of claim.entityIds) {
      if (!entityIds.has(id)) continue;
      const link = { claimId: claimIds.get(claim.id)!, entityId: entityIds.get(id)! };
      links.set(`${link.claimId} ${link.entityId}`, link);
    }
  }
  return [...links.values()];
}

// Rows per statement: a bound on the size of one JSON parameter (a story holds at most 30,000 claims).
const CHUNK_ROWS = 5_000;

/**
 * Inserts rows as one JSON parameter that PostgreSQL turns into the table's rows itself. Building
 * thousands of rows into a parameterised statement kept the worker's main thread busy for seconds
 * (the 2,600 claims and 2,000 rows of a 200-report story: about 2.5 s, while holding the story's
 * locks and taking the CPU from the web server); one JSON string costs milliseconds. Keys are the
 * table's column names; a key left out is NULL.
 */
async function insertRows(tx: Tx, table: "Entity" | "Cluster" | "Claim" | "ClaimEntity", rows: object[]): Promise<void> {
  for (let at = 0; at < rows.length; at += CHUNK_ROWS) {
    const json = JSON.stringify(rows.slice(at, at + CHUNK_ROWS));
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, json);
  }
}

type ReportAnalysis = { id: string; family: string; familyLabel: string; provenance: unknown; furniture: unknown };

/** Each report's family, provenance lines and furniture, in one statement rather than one per report. */
async function updateReports(tx: Tx, storyId: string, rows: ReportAnalysis[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Report" AS r
    SET "family" = v."family", "familyLabel" = v."familyLabel", "provenance" = v."provenance", "furniture" = v."furniture", "updatedAt" = now()
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS v("id" uuid, "family" text, "familyLabel" text, "provenance" jsonb, "furniture" jsonb)
    WHERE r."id" = v."id" AND r."storyId" = ${storyId}::uuid`;
}
