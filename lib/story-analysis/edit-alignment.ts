import "server-only";
import { z } from "zod";
import { claimAnchor } from "@/lib/review/claim-anchor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { markAnalysisQueued, sendStoryAnalysis } from "@/lib/jobs/enqueue-story-analysis";

export const editAlignmentSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("split"), claimId: z.uuid() }),
  z.object({ action: z.literal("move"), claimId: z.uuid(), targetClaimId: z.uuid().nullable() }),
  z.object({ action: z.literal("merge"), claimId: z.uuid(), targetClaimId: z.uuid() }),
]);

export type EditAlignmentInput = z.infer<typeof editAlignmentSchema>;

/**
 * Records an editor's correction of the alignment and queues the story's analysis, which replays
 * it over the computed clusters and judges the rows again (a verdict needs the engine's reading
 * of every claim in the row, which the stored claims do not keep).
 */
export async function editAlignment(actor: Actor | null, storySlug: string, body: unknown): Promise<void> {
  assertCan(actor, "alignment:edit");
  const input = parseInput(editAlignmentSchema, body, "alignment edit");
  const storyId = await db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { slug: storySlug }, select: { id: true } });
    if (!story) throw new AppError("not_found", `No story at "${storySlug}".`);
    const ids = [input.claimId, ...("targetClaimId" in input && input.targetClaimId ? [input.targetClaimId] : [])];
    const claims = await tx.claim.findMany({
      where: { id: { in: ids }, storyId: story.id },
      select: { id: true, reportId: true, start: true, end: true, kind: true },
    });
    const refOf = (id: string) => {
      const claim = claims.find((row) => row.id === id);
      if (!claim) throw new AppError("not_found", "That claim is not in this story (the analysis may have changed: reload the page).");
      return claimAnchor(claim);
    };
    const ref = refOf(input.claimId);
    const targetRef = input.action !== "split" && input.targetClaimId ? refOf(input.targetClaimId) : null;
    await tx.alignmentEdit.create({
      data: { storyId: story.id, action: input.action, claimRef: ref, targetRef, actorId: actor.id, actorName: actor.name },
    });
    await recordAudit(tx, actor, { storyId: story.id, action: "alignment.edit", subject: ref, after: { action: input.action, targetRef } });
    await markAnalysisQueued(tx, story.id);
    return story.id;
  });
  await sendStoryAnalysis(storyId);
}
