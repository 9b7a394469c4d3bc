import { z } from "zod";
import { optionalDateString, optionalText } from "@/lib/validation";

export const MAX_REPORT_BYTES = 2 * 1024 * 1024;
export const MAX_REPORTS_PER_REQUEST = 25;
export const REPORT_FORMATS = ["text", "markdown", "html"] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];

const optionalUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, message: "use a web address starting with http:// or https://" })])
  .nullish()
  .transform((value) => (value ? value : null));

/** What the user may say about a report; anything missing is read from the text. */
export const reportDetailsSchema = z.object({
  title: optionalText(300),
  outletName: optionalText(120),
  url: optionalUrl,
  byline: optionalText(200),
  publishedAt: optionalDateString,
});

export const reportUploadSchema = reportDetailsSchema.extend({
  text: z.string({ message: "text is required" }).max(MAX_REPORT_BYTES, { message: "the text is over the 2 MB limit" }),
  fileName: optionalText(255),
  format: z.enum(REPORT_FORMATS).optional(),
});

export type ReportDetails = z.infer<typeof reportDetailsSchema>;
export type ReportUpload = z.infer<typeof reportUploadSchema>;

export const addReportsBodySchema = z.object({
  reports: z
    .array(reportUploadSchema)
    .min(1, { message: "send at least one report" })
    .max(MAX_REPORTS_PER_REQUEST, { message: `at most ${MAX_REPORTS_PER_REQUEST} reports at once` }),
});

export const updateReportBodySchema = reportDetailsSchema.partial().refine((body) => Object.keys(body).length > 0, {
  message: "nothing to change",
});
