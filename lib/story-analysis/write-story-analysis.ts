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

  await createInChunks((data) => tx.entity.createMany({ data }), analysis.entities.map((entity) => ({
      id: entityIds.get(entity.id)!,
      storyId,
      key: entity.id,
      canonical: entity.canonical,
      type: entity.type,
      mentions: entity.mentions,
      roles: entity.roles ?? [],
    })),
  );
  await createInChunks((data) => tx.cluster.createMany({ data }), analysis.clusters.map((cluster, position) => ({
      id: clusterIds.get(cluster.id)!,
      storyId,
      key: cluster.id,
      position,
      kind: cluster.kind,
      summary: cluster.summary,
      verdict: cluster.verdict,
      reason: cluster.reason,
      differences: cluster.differences,
      sides: cluster.sides,
      reportCount: cluster.reportCount,
      independentCount: cluster.independentCount,
    })),
  );
  await createInChunks((data) => tx.claim.createMany({ data }), analysis.claims.map((claim) => ({
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
  await createInChunks(
    (data) => tx.claimEntity.createMany({ data, skipDuplicates: true }),
    analysis.claims.flatMap((claim) =>
      claim.entityIds.filter((id) => entityIds.has(id)).map((id) => ({ claimId: claimIds.get(claim.id)!, entityId: entityIds.get(id)! })),
    ),
  );
  for (const source of analysis.sources) {
    await tx.report.update({
      where: { id: source.id },
      data: { family: source.family, familyLabel: source.familyLabel, provenance: source.provenance, furniture: source.furniture },
    });
  }
  // Set by `npm start` for the server it runs (see lib/analysis-version.ts).
  await tx.story.update({ where: { id: storyId }, data: { analyzedAt: new Date(), analysisVersion: process.env.ANALYSIS_VERSION ?? null } });
}

// Rows per insert: a claim has 17 columns, so 2,000 rows stay far below PostgreSQL's 65,535
// bind parameters per statement whatever the driver does.
const CHUNK_ROWS = 2_000;

async function createInChunks<Row>(create: (rows: Row[]) => Promise<unknown>, rows: Row[]): Promise<void> {
  for (let at = 0; at < rows.length; at += CHUNK_ROWS) await create(rows.slice(at, at + CHUNK_ROWS));
}
