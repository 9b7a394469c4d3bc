import { z } from "zod";
import { REVIEW_STATUSES } from "@/lib/review/review-status";

// The fact sheet's JSON format, version 2. Documented in docs/fact-sheet.md; any change to
// these shapes bumps the version.
export const SHEET_GROUPS = ["contradicted", "confirmed", "singleSource", "needsSource"] as const;

const mentionSchema = z.object({
  reportId: z.string(),
  outlet: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

/** One side of a contradiction: its named wording, that claim's full text, and who says it. */
const sideSchema = z.object({
  words: z.string(),
  text: z.string(),
  reportIds: z.array(z.string()),
  /** An editor judged this side right. */
  right: z.boolean(),
});

export const factSheetItemSchema = z.object({
  clusterId: z.string(),
  kind: z.string(),
  summary: z.string(),
  verdict: z.enum(["agree", "contradict", "single"]),
  reason: z.string(),
  reportCount: z.number().int(),
  independentCount: z.number().int(),
  review: z
    .object({
      status: z.enum(REVIEW_STATUSES),
      note: z.string().nullable(),
      evidence: z.array(z.string()),
      reviewedBy: z.string(),
      reviewedAt: z.string(),
    })
    .nullable(),
  /** A contradiction's two sides, when the analysis recorded them; null otherwise. */
  sides: z.array(sideSchema).nullable(),
  mentions: z.array(mentionSchema),
});

export const factSheetSchema = z.object({
  format: z.literal("triangulate.fact-sheet"),
  version: z.literal(2),
  generatedAt: z.string(),
  story: z.object({ title: z.string(), slug: z.string(), eventDate: z.string().nullable(), url: z.string() }),
  filters: z.record(z.string(), z.string()),
  /** Only claims an editor has reviewed were included. */
  reviewedOnly: z.boolean(),
  counts: z.object({
    claims: z.number().int(),
    reviewed: z.number().int(),
    notReviewed: z.number().int(),
    /** Rows an editor dismissed as not a claim: left out of the groups. */
    dismissed: z.number().int(),
  }),
  sources: z.array(
    z.object({
      reportId: z.string(),
      outlet: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
      family: z.string(),
      familyLabel: z.string(),
      // SHA-256 of the report's text as analysed: mention offsets point into that text.
      textSha256: z.string(),
      // The version of the report's text that was analysed (1 unless the report was updated), and its time.
      textVersion: z.number().int(),
      versionAt: z.string(),
    }),
  ),
  families: z.array(z.object({ label: z.string(), reportIds: z.array(z.string()) })),
  groups: z.object({
    contradicted: z.array(factSheetItemSchema),
    confirmed: z.array(factSheetItemSchema),
    singleSource: z.array(factSheetItemSchema),
    needsSource: z.array(factSheetItemSchema),
  }),
});

export type FactSheet = z.infer<typeof factSheetSchema>;
export type FactSheetItem = z.infer<typeof factSheetItemSchema>;
export type FactSheetSide = z.infer<typeof sideSchema>;
export type SheetGroup = (typeof SHEET_GROUPS)[number];

export const GROUP_TITLES: Record<SheetGroup, string> = {
  contradicted: "Contradicted",
  confirmed: "Confirmed by independent sources",
  singleSource: "Single source",
  needsSource: "Needs another source",
};

/** The groups printed in full; the others get one line a claim. */
export const FULL_GROUPS: readonly SheetGroup[] = ["contradicted", "confirmed"];

/** Which part of the sheet an item belongs in: an editor's verdict outranks the analysis. */
export function groupOf(item: Pick<FactSheetItem, "verdict" | "independentCount" | "review">): SheetGroup {
  const status = item.review?.status;
  if (item.verdict === "contradict" || status === "disputed" || status === "false") return "contradicted";
  if (status === "needs_source") return "needsSource";
  if (item.verdict === "single" || item.independentCount < 2) return "singleSource";
  return "confirmed";
}
