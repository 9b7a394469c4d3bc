import { z } from "zod";
import type { ReviewStatus } from "@/lib/review/review-status";
import type { FactSheet, FactSheetItem } from "./fact-sheet";

// schema.org ClaimReview as fact-checking sites publish it (Google's Fact Check markup): the
// rating is a textual verdict (alternateName); a numeric rating is given only for verdicts that
// are one (true, false), never for "disputed" or "unproven".
const organization = z.object({ "@type": z.literal("Organization"), name: z.string().min(1) });
export const claimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url({ protocol: /^https?$/ }),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  author: organization,
  reviewRating: z.object({
    "@type": z.literal("Rating"),
    alternateName: z.string().min(1),
    ratingValue: z.number().int().min(1).max(5).optional(),
    bestRating: z.literal(5).optional(),
    worstRating: z.literal(1).optional(),
  }),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: organization,
    datePublished: z.iso.date().optional(),
    appearance: z
      .array(z.object({ "@type": z.literal("CreativeWork"), url: z.url() }))
      .min(1)
      .optional(),
  }),
});

export type ClaimReview = z.infer<typeof claimReviewSchema>;
type Rating = ClaimReview["reviewRating"];

const TRUE: Rating = { "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1 };
const FALSE: Rating = { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 };
const textual = (name: string): Rating => ({ "@type": "Rating", alternateName: name });
const RATING: Partial<Record<ReviewStatus, Rating>> = { verified: TRUE, false: FALSE, disputed: textual("Disputed"), needs_source: textual("Unproven") };

type Source = FactSheet["sources"][number];
type Claim = { text: string; reportIds: string[]; rating: Rating };

/**
 * ClaimReview JSON-LD for each claim an editor has reviewed. A claim is credited to the outlet
 * that made it first (earliest published, else first added), and appears at the addresses of
 * the reports that make it. In a contradiction each side is its own claim: with the editor's
 * ruling on which side is right that side is true and the other false; without it both are
 * rated by the review's status. `publicUrl` is the site's public address: reviews are published
 * there, so a local address makes no sense here and the caller must refuse it.
 */
export function toClaimReviews(sheet: FactSheet, organizationName: string): ClaimReview[] {
  const sources = new Map(sheet.sources.map((source) => [source.reportId, source]));
  const items = Object.values(sheet.groups).flat();
  return items.flatMap((item) => {
    const review = item.review;
    const rating = review ? RATING[review.status] : undefined;
    if (!review || !rating) return [];
    return claimsOf(item, rating).flatMap((claim) => {
      const makers = claim.reportIds.map((id) => sources.get(id)).filter((source): source is Source => !!source);
      const first = [...makers].sort(byPublication)[0];
      if (!first) return [];
      const urls = [...new Set(makers.map((source) => source.url).filter((url): url is string => !!url))];
      return [
        {
          "@context": "https://schema.org" as const,
          "@type": "ClaimReview" as const,
          url: `${sheet.story.url}/clusters/${item.clusterId}`,
          claimReviewed: claim.text,
          datePublished: review.reviewedAt.slice(0, 10),
          author: { "@type": "Organization" as const, name: organizationName },
          reviewRating: claim.rating,
          itemReviewed: {
            "@type": "Claim" as const,
            author: { "@type": "Organization" as const, name: first.outlet },
            ...(first.publishedAt ? { datePublished: first.publishedAt } : {}),
            ...(urls.length ? { appearance: urls.map((url) => ({ "@type": "CreativeWork" as const, url })) } : {}),
          },
        },
      ];
    });
  });
}

function claimsOf(item: FactSheetItem, rating: Rating): Claim[] {
  if (!item.sides?.length) return [{ text: item.summary, reportIds: [...new Set(item.mentions.map((mention) => mention.reportId))], rating }];
  const ruled = item.sides.some((side) => side.right);
  return item.sides.map((side) => ({ text: side.text, reportIds: side.reportIds, rating: ruled ? (side.right ? TRUE : FALSE) : rating }));
}

function byPublication(a: Source, b: Source): number {
  if (a.publishedAt && b.publishedAt) return a.publishedAt.localeCompare(b.publishedAt);
  return a.publishedAt ? -1 : b.publishedAt ? 1 : 0;
}
