import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedReport } from "./prepare-report";
import { carryAnchors } from "./report-versions-carry";
import { findClaimUpdates, summarizeUpdates, type ClaimUpdate, type VersionClaim } from "./report-versions-updates";

type Tx = Prisma.TransactionClient;

export type NewVersion = {
  report: PreparedReport;
  source: "fetch" | "upload";
  fetchedAt?: Date | null;
  etag?: string | null;
  lastModified?: string | null;
};

/** What the caller needs after re-analysing the story, to record which claims changed. */
export type PendingVersion = {
  storyId: string; reportId: string; title: string | null; versionId: string; number: number; source: NewVersion["source"]; claimsBefore: VersionClaim[];
};

const CLAIM_FIELDS = { kind: true, text: true, summary: true, subject: true, quantity: true } as const;

/**
 * Makes `next` the report's current text, in the caller's transaction: the old text is kept as a
 * version (version 1 is written now if the report never had a second), reviews, comments and
 * alignment corrections move to where their words are in the new text, or are marked as made on
 * the old version when the words are gone. The caller re-analyses the story, then calls
 * recordClaimUpdates.
 */
export async function addReportVersion(tx: Tx, actor: Actor, reportId: string, next: NewVersion): Promise<PendingVersion> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true, storyId: true, title: true, rawText: true, articleText: true, contentHash: true, createdAt: true,
      fetchedAt: true, etag: true, lastModified: true, claims: { select: CLAIM_FIELDS },
    },
  });
  const previous = await ensureFirstVersion(tx, report);
  const number = previous + 1;
  await carryAnchors(tx, report.storyId, reportId, report.articleText, next.report.articleText, previous);
  const { report: text } = next;
  const version = await tx.reportVersion.create({
    data: {
      reportId, number, source: next.source, rawText: text.rawText, articleText: text.articleText, contentHash: text.contentHash,
      title: text.title, etag: next.etag ?? null, lastModified: next.lastModified ?? null, fetchedAt: next.fetchedAt ?? null,
      createdById: actor.id, createdByName: actor.name,
    },
    select: { id: true },
  });
  await tx.report.update({
    where: { id: reportId },
    data: {
      rawText: text.rawText, articleText: text.articleText, cleanText: text.cleanText, contentHash: text.contentHash, charCount: text.charCount,
      format: text.format, title: text.title ?? report.title,
      ...(next.source === "fetch" ? { fetchedAt: next.fetchedAt, etag: next.etag ?? null, lastModified: next.lastModified ?? null } : {}),
    },
  });
  return { storyId: report.storyId, reportId, title: text.title ?? report.title, versionId: version.id, number, source: next.source, claimsBefore: report.claims };
}

/**
 * After the re-analysis: which claims of the previous version the new one changed ("toll 2 → 3"),
 * stored with the version and written to the story's history.
 */
export async function recordClaimUpdates(tx: Tx, actor: Actor, pending: PendingVersion): Promise<ClaimUpdate[]> {
  const claimsAfter = await tx.claim.findMany({ where: { reportId: pending.reportId }, select: CLAIM_FIELDS });
  const updates = findClaimUpdates(pending.claimsBefore, claimsAfter);
  await tx.reportVersion.update({ where: { id: pending.versionId }, data: { updates } });
  await recordAudit(tx, actor, {
    storyId: pending.storyId, action: "report.version", subject: `report:${pending.reportId}`,
    before: { version: pending.number - 1 },
    after: { title: pending.title, version: pending.number, source: pending.source, changed: summarizeUpdates(updates) },
  });
  return updates;
}

/** The number of the report's current version, writing it as version 1 if it has none yet. */
async function ensureFirstVersion(
  tx: Tx,
  report: { id: string; title: string | null; rawText: string; articleText: string; contentHash: string; createdAt: Date; fetchedAt: Date | null; etag: string | null; lastModified: string | null },
): Promise<number> {
  const last = await tx.reportVersion.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { number: true } });
  if (last) return last.number;
  await tx.reportVersion.create({
    data: {
      reportId: report.id, number: 1, source: report.fetchedAt ? "fetch" : "upload", rawText: report.rawText, articleText: report.articleText,
      contentHash: report.contentHash, title: report.title, etag: report.etag, lastModified: report.lastModified,
      fetchedAt: report.fetchedAt, createdAt: report.createdAt,
    },
  });
  return 1;
}
