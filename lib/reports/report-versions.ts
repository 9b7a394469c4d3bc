import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedReport } from "./prepare-report";
import { carryAnchors } from "./report-versions-carry";
import { findClaimUpdates, type VersionClaim } from "./report-versions-updates";

type Tx = Prisma.TransactionClient;

export type NewVersion = {
  report: PreparedReport;
  source: "fetch" | "upload";
  fetchedAt?: Date | null;
  etag?: string | null;
  lastModified?: string | null;
};

/** The version written, and what the caller tells its user. */
export type AddedVersion = { reportId: string; number: number };

const CLAIM_FIELDS = { kind: true, text: true, summary: true, subject: true, quantity: true } as const;

/**
 * Makes `next` the report's current text, in the caller's transaction: the old text is kept as a
 * version (version 1 is written now if the report never had a second), reviews, comments and
 * alignment corrections move to where their words are in the new text, or are marked as made on
 * the old version when the words are gone. The version keeps the claims of the text analysed last:
 * once the story's queued analysis of the new text is stored, recordPendingClaimUpdates says which
 * of them it changed. The caller marks the story's analysis queued.
 */
export async function addReportVersion(tx: Tx, actor: Actor, reportId: string, next: NewVersion): Promise<AddedVersion> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      storyId: true,
      title: true,
      rawText: true,
      articleText: true,
      contentHash: true,
      createdAt: true,
      fetchedAt: true,
      etag: true,
      lastModified: true,
      claims: { select: CLAIM_FIELDS },
    },
  });
  const previous = await ensureFirstVersion(tx, report);
  const number = previous + 1;
  await carryAnchors(tx, report.storyId, reportId, report.articleText, next.report.articleText, previous);
  // A version replaced before its text was analysed changed nothing anyone saw: the claims it
  // would be compared with pass to this one, which is compared with the same claims.
  await tx.reportVersion.updateMany({ where: { reportId, claimsBefore: { not: Prisma.DbNull } }, data: { claimsBefore: Prisma.DbNull } });
  const { report: text } = next;
  await tx.reportVersion.create({
    data: {
      reportId,
      number,
      source: next.source,
      rawText: text.rawText,
      articleText: text.articleText,
      contentHash: text.contentHash,
      title: text.title,
      etag: next.etag ?? null,
      lastModified: next.lastModified ?? null,
      fetchedAt: next.fetchedAt ?? null,
      claimsBefore: report.claims as Prisma.InputJsonValue,
      createdById: actor.id,
      createdByName: actor.name,
    },
  });
  await tx.report.update({
    where: { id: reportId },
    data: {
      rawText: text.rawText,
      articleText: text.articleText,
      cleanText: text.cleanText,
      contentHash: text.contentHash,
      charCount: text.charCount,
      format: text.format,
      title: text.title ?? report.title,
      ...(next.source === "fetch" ? { fetchedAt: next.fetchedAt, etag: next.etag ?? null, lastModified: next.lastModified ?? null } : {}),
    },
  });
  await recordAudit(tx, actor, {
    storyId: report.storyId,
    action: "report.version",
    subject: `report:${reportId}`,
    before: { version: previous },
    after: { title: text.title ?? report.title, version: number, source: next.source },
  });
  return { reportId, number };
}

/**
 * In the transaction that stores a story's analysis: which claims of the previous version each
 * new version changed ("toll 2 → 3"), from the claims just stored, kept with the version.
 */
export async function recordPendingClaimUpdates(tx: Tx, storyId: string): Promise<void> {
  const pending = await tx.reportVersion.findMany({
    where: { report: { storyId }, claimsBefore: { not: Prisma.DbNull } },
    select: { id: true, reportId: true, claimsBefore: true },
  });
  for (const version of pending) {
    const claimsAfter = await tx.claim.findMany({ where: { reportId: version.reportId }, select: CLAIM_FIELDS });
    const updates = findClaimUpdates(version.claimsBefore as VersionClaim[], claimsAfter);
    await tx.reportVersion.update({ where: { id: version.id }, data: { updates, claimsBefore: Prisma.DbNull } });
  }
}

/** The number of the report's current version, writing it as version 1 if it has none yet. */
async function ensureFirstVersion(
  tx: Tx,
  report: {
    id: string;
    title: string | null;
    rawText: string;
    articleText: string;
    contentHash: string;
    createdAt: Date;
    fetchedAt: Date | null;
    etag: string | null;
    lastModified: string | null;
  },
): Promise<number> {
  const last = await tx.reportVersion.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { number: true } });
  if (last) return last.number;
  await tx.reportVersion.create({
    data: {
      reportId: report.id,
      number: 1,
      source: report.fetchedAt ? "fetch" : "upload",
      rawText: report.rawText,
      articleText: report.articleText,
      contentHash: report.contentHash,
      title: report.title,
      etag: report.etag,
      lastModified: report.lastModified,
      fetchedAt: report.fetchedAt,
      createdAt: report.createdAt,
    },
  });
  return 1;
}
