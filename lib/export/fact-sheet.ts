import { z } from "zod";
import { REVIEW_STATUSES } from "@/lib/review/review-status";

// The fact sheet's JSON format, version 1. Documented in docs/fact-sheet.md; any change to
// these shapes bumps the version.
export const SHEET_GROUPS = ["contradicted", "confirmed", "singleSource", "unverified"] as const;

const mentionSchema = z.object({
  reportId: z.string(),
  outlet: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
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
  mentions: z.array(mentionSchema),
});

export const factSheetSchema = z.object({
  format: z.literal("triangulate.fact-sheet"),
  version: z.literal(1),
  generatedAt: z.string(),
  story: z.object({ title: z.string(), slug: z.string(), eventDate: z.string().nullable(), url: z.string() }),
  filters: z.record(z.string(), z.string()),
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
    unverified: z.array(factSheetItemSchema),
  }),
});

export type FactSheet = z.infer<typeof factSheetSchema>;
export type FactSheetItem = z.infer<typeof factSheetItemSchema>;
export type SheetGroup = (typeof SHEET_GROUPS)[number];

export const GROUP_TITLES: Record<SheetGroup, string> = {
  contradicted: "Contradicted",
  confirmed: "Confirmed by independent sources",
  singleSource: "Single source",
  unverified: "Unverified",
};

/** Which part of the sheet an item belongs in: an editor's verdict outranks the analysis. */
export function groupOf(item: Pick<FactSheetItem, "verdict" | "independentCount" | "review">): SheetGroup {
  const status = item.review?.status;
  if (item.verdict === "contradict" || status === "disputed" || status === "false") return "contradicted";
  if (status === "needs_source") return "unverified";
  if (item.verdict === "single" || item.independentCount < 2) return "singleSource";
  return "confirmed";
}
