import "server-only";
import type { ClaimKind, Prisma } from "@/lib/generated/prisma/client";
import { claimAnchor, parseAnchor } from "@/lib/review/claim-anchor";
import { carryAnchor, readEarlierAnchor } from "./report-versions-anchors";

type Tx = Prisma.TransactionClient;

/**
 * Moves what hangs on one report's old text to its new text, before the story is re-analysed:
 * reviews, comments and alignment corrections follow their words. A review or comment whose words
 * are gone stays with its fact when another report states it (it moves to that report's claim, as
 * if it had been made there); otherwise it is marked as made on the old version. An alignment
 * correction is about one report's claim, so it never moves to another report.
 */
export async function carryAnchors(tx: Tx, storyId: string, reportId: string, oldText: string, newText: string, oldVersion: number): Promise<void> {
  const prefix = `${reportId}:`;
  const carry = (ref: string) => carryAnchor(ref, reportId, oldText, newText, oldVersion);
  const [reviews, comments, edits, taken] = await Promise.all([
    tx.clusterReview.findMany({ where: { storyId, anchorRef: { startsWith: prefix } }, select: { id: true, anchorRef: true } }),
    tx.claimComment.findMany({ where: { storyId, anchorRef: { startsWith: prefix } }, select: { id: true, anchorRef: true } }),
    tx.alignmentEdit.findMany({
      where: { storyId, OR: [{ claimRef: { startsWith: prefix } }, { targetRef: { startsWith: prefix } }] },
      select: { id: true, claimRef: true, targetRef: true },
    }),
    tx.clusterReview.findMany({ where: { storyId }, select: { anchorRef: true } }),
  ]);
  const carryNote = async (ref: string) => {
    const carried = carry(ref);
    return readEarlierAnchor(carried) ? ((await siblingAnchor(tx, reportId, ref)) ?? carried) : carried;
  };
  // One anchor holds one review: a review that would land on another's anchor stays where it was.
  const held = new Set(taken.map((review) => review.anchorRef));
  for (const review of reviews) {
    const anchorRef = await carryNote(review.anchorRef);
    if (anchorRef === review.anchorRef || held.has(anchorRef)) continue;
    held.add(anchorRef);
    await tx.clusterReview.update({ where: { id: review.id }, data: { anchorRef } });
  }
  for (const comment of comments) {
    const anchorRef = await carryNote(comment.anchorRef);
    if (anchorRef !== comment.anchorRef) await tx.claimComment.update({ where: { id: comment.id }, data: { anchorRef } });
  }
  for (const edit of edits) {
    const claimRef = carry(edit.claimRef);
    const targetRef = edit.targetRef ? carry(edit.targetRef) : null;
    if (claimRef !== edit.claimRef || targetRef !== edit.targetRef) await tx.alignmentEdit.update({ where: { id: edit.id }, data: { claimRef, targetRef } });
  }
}

/** The anchor of the earliest other report's claim in the same cluster as `ref`'s claim, if any. */
async function siblingAnchor(tx: Tx, reportId: string, ref: string): Promise<string | null> {
  const anchor = parseAnchor(ref);
  if (!anchor?.kind) return null;
  const claim = await tx.claim.findFirst({
    where: { reportId, start: anchor.start, end: anchor.end, kind: anchor.kind as ClaimKind },
    select: { clusterId: true },
  });
  if (!claim?.clusterId) return null;
  const sibling = await tx.claim.findFirst({
    where: { clusterId: claim.clusterId, reportId: { not: reportId } },
    orderBy: [{ report: { createdAt: "asc" } }, { start: "asc" }],
    select: { reportId: true, start: true, end: true, kind: true },
  });
  return sibling ? claimAnchor(sibling) : null;
}
