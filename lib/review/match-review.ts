import type { ReviewStatus } from "./review-status";

export type AnchoredReview = { anchorRef: string; status: ReviewStatus; updatedAt: Date };

export type ReviewMatch<T extends AnchoredReview> = { review: T | null; matches: number };

/**
 * The review of a cluster, found through the refs of its claims. After a re-analysis merges
 * two reviewed clusters several reviews match: the most recent one counts, and `matches`
 * says how many there were so the page can tell.
 */
export function matchReview<T extends AnchoredReview>(claimRefs: Iterable<string>, reviewsByRef: Map<string, T>): ReviewMatch<T> {
  let review: T | null = null;
  let matches = 0;
  for (const ref of new Set(claimRefs)) {
    const candidate = reviewsByRef.get(ref);
    if (!candidate) continue;
    matches++;
    if (!review || candidate.updatedAt > review.updatedAt) review = candidate;
  }
  return { review, matches };
}

export function indexByAnchor<T extends AnchoredReview>(reviews: T[]): Map<string, T> {
  return new Map(reviews.map((review) => [review.anchorRef, review]));
}
