import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadClusterAnchor } from "./load-cluster-anchor";
import { commentSchema } from "./review-input";

/** A journalist's remark on a claim, anchored to one of its claims so it survives re-analysis. */
export async function addComment(actor: Actor | null, storySlug: string, clusterId: string, body: unknown) {
  assertCan(actor, "comment:create");
  const input = parseInput(commentSchema, body, "comment");
  return db.$transaction(async (tx) => {
    const anchor = await loadClusterAnchor(tx, storySlug, clusterId);
    const comment = await tx.claimComment.create({
      data: { storyId: anchor.storyId, anchorRef: anchor.refs[0]!, body: input.body, authorId: actor.id, authorName: actor.name },
      select: { id: true, body: true, authorName: true, createdAt: true },
    });
    await recordAudit(tx, actor, { storyId: anchor.storyId, action: "comment.create", subject: anchor.refs[0]!, after: { body: input.body } });
    return comment;
  });
}
