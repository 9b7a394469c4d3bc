import { z } from "zod";
import type { FactSheet, FactSheetItem } from "./fact-sheet";
import { STATUS_LABEL } from "@/lib/review/review-status";

// The fields Google's Fact Check tools read from schema.org ClaimReview.
export const claimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
  reviewRating: z.object({
    "@type": z.literal("Rating"),
    ratingValue: z.number().int().min(1).max(5),
    bestRating: z.literal(5),
    worstRating: z.literal(1),
    alternateName: z.string().min(1),
  }),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
    datePublished: z.iso.date().optional(),
    appearance: z.array(z.object({ "@type": z.literal("CreativeWork"), url: z.url() })),
  }),
});

export type ClaimReview = z.infer<typeof claimReviewSchema>;

const RATING = { verified: 5, needs_source: 3, disputed: 2, false: 1 } as const;

/** ClaimReview JSON-LD for each claim an editor has reviewed (an unverified claim has no rating). */
export function toClaimReviews(sheet: FactSheet, organization: string): ClaimReview[] {
  const sources = new Map(sheet.sources.map((source) => [source.reportId, source]));
  const items = Object.values(sheet.groups).flat();
  return items.flatMap((item) => {
    const status = item.review?.status;
    if (!item.review || !status || status === "unverified") return [];
    const appearances = appearancesOf(item, sources);
    const first = sources.get(item.mentions[0]?.reportId ?? "");
    return [
      {
        "@context": "https://schema.org" as const,
        "@type": "ClaimReview" as const,
        url: `${sheet.story.url}/clusters/${item.clusterId}`,
        claimReviewed: item.summary,
        datePublished: item.review.reviewedAt.slice(0, 10),
        author: { "@type": "Organization" as const, name: organization },
        reviewRating: { "@type": "Rating" as const, ratingValue: RATING[status], bestRating: 5 as const, worstRating: 1 as const, alternateName: STATUS_LABEL[status] },
        itemReviewed: {
          "@type": "Claim" as const,
          author: { "@type": "Organization" as const, name: first?.outlet ?? "Unknown outlet" },
          ...(first?.publishedAt ? { datePublished: first.publishedAt } : {}),
          appearance: appearances,
        },
      },
    ];
  });
}

function appearancesOf(item: FactSheetItem, sources: Map<string, FactSheet["sources"][number]>) {
  const urls = new Set(item.mentions.map((mention) => sources.get(mention.reportId)?.url).filter((url): url is string => !!url));
  return [...urls].map((url) => ({ "@type": "CreativeWork" as const, url }));
}
