import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getClusterReview } from "./get-cluster-review";
import { setClusterStatus } from "./set-cluster-status";
import type { ReviewSnapshot } from "./review-snapshot";

/**
 * An editor rules that a row is not a claim (a misread caption, page furniture). It is a review
 * like any other, so it is anchored to the claims, survives re-analysis and is in the history;
 * the note and evidence already on the review are kept. `version` is the one the editor saw.
 */
export async function dismissClaim(actor: Actor | null, storySlug: string, clusterId: string, version: unknown): Promise<ReviewSnapshot> {
  const { review } = await getClusterReview(actor, storySlug, clusterId);
  return setClusterStatus(actor, storySlug, clusterId, { status: "not_a_claim", note: review.note, evidence: review.evidence, version });
}
