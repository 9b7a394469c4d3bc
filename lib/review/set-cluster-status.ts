import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadClusterAnchor } from "./load-cluster-anchor";
import { indexByAnchor, matchReview } from "./match-review";
import { setStatusSchema } from "./review-input";
import { toSnapshot, UNREVIEWED, type ReviewSnapshot } from "./review-snapshot";

const REVIEW_FIELDS = {
  id: true,
  anchorRef: true,
  status: true,
  note: true,
  evidence: true,
  rightSide: true,
  version: true,
  updatedByName: true,
  updatedAt: true,
} as const;

/**
 * An editor sets a cluster's status, with a note and evidence links. The body names the
 * version the editor saw; if someone changed the review since, nothing is written and the
 * 409 carries the current review, so the editor can read it and decide again.
 */
export async function setClusterStatus(actor: Actor | null, storySlug: string, clusterId: string, body: unknown): Promise<ReviewSnapshot> {
  assertCan(actor, "cluster:review");
  const input = parseInput(setStatusSchema, body, "review");
  try {
    return await db.$transaction(async (tx) => {
      const anchor = await loadClusterAnchor(tx, storySlug, clusterId);
      const reviews = await tx.clusterReview.findMany({ where: { storyId: anchor.storyId, anchorRef: { in: anchor.refs } }, select: REVIEW_FIELDS });
      const { review: current } = matchReview(anchor.refs, indexByAnchor(reviews));
      if ((current?.version ?? 0) !== input.version) throw conflict(current ? toSnapshot(current) : UNREVIEWED);

      if (input.rightSide && !anchor.refs.includes(input.rightSide)) {
        throw new AppError("bad_request", "The side chosen as right is not one of this claim's wordings; reload the page.");
      }
      const data = {
        status: input.status,
        note: input.note,
        evidence: input.evidence,
        rightSide: input.rightSide,
        updatedById: actor.id,
        updatedByName: actor.name,
      };
      let saved;
      if (current) {
        // The version in the WHERE clause makes a concurrent writer's update match no row.
        const { count } = await tx.clusterReview.updateMany({
          where: { id: current.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflict(null);
        saved = await tx.clusterReview.findUniqueOrThrow({ where: { id: current.id }, select: REVIEW_FIELDS });
      } else {
        saved = await tx.clusterReview.create({ data: { ...data, storyId: anchor.storyId, anchorRef: anchor.refs[0]! }, select: REVIEW_FIELDS });
      }
      // The side judged right is recorded only when there is one, so plain reviews read as before.
      const side = (review: { rightSide: string | null }) => (review.rightSide || current?.rightSide ? { rightSide: review.rightSide } : {});
      const before = current ? { status: current.status, note: current.note, evidence: current.evidence, ...side(current) } : null;
      await recordAudit(tx, actor, {
        storyId: anchor.storyId,
        action: "review.status",
        subject: saved.anchorRef,
        before,
        after: { status: saved.status, note: saved.note, evidence: saved.evidence, ...side(saved) },
      });
      return toSnapshot(saved);
    });
  } catch (error) {
    // Lost a race: another editor's update or first review landed between our read and write.
    const raced = (error instanceof AppError && error.code === "conflict" && !error.details?.current) || isDuplicateKey(error);
    if (raced) throw conflict(await currentReview(storySlug, clusterId));
    throw error;
  }
}

async function currentReview(storySlug: string, clusterId: string): Promise<ReviewSnapshot> {
  const anchor = await loadClusterAnchor(db, storySlug, clusterId);
  const reviews = await db.clusterReview.findMany({ where: { storyId: anchor.storyId, anchorRef: { in: anchor.refs } }, select: REVIEW_FIELDS });
  const { review } = matchReview(anchor.refs, indexByAnchor(reviews));
  return review ? toSnapshot(review) : UNREVIEWED;
}

function conflict(current: ReviewSnapshot | null): AppError {
  const who = current?.updatedByName ? `${current.updatedByName} changed it` : "It was changed";
  return new AppError(
    "conflict",
    `${who} while you were editing, so your change was not saved. Read the current review below, then submit again to replace it.`,
    current ? { current } : undefined,
  );
}
