import { z } from "zod";
import { MAX_REPORTS_PER_REQUEST } from "./report-input";

const pageUrl = z
  .string({ message: "each address must be text" })
  .trim()
  .max(2000, { message: "an address is at most 2000 characters" })
  .pipe(z.url({ protocol: /^https?$/, message: "not a web address starting with http:// or https://" }));

export const addReportsByUrlBodySchema = z.object({
  urls: z
    .array(pageUrl)
    .min(1, { message: "send at least one address" })
    .max(MAX_REPORTS_PER_REQUEST, { message: `at most ${MAX_REPORTS_PER_REQUEST} addresses at once` })
    // The same link twice is one report, not a duplicate to refuse.
    .transform((urls) => [...new Set(urls)]),
});

export type AddReportsByUrlBody = z.infer<typeof addReportsByUrlBodySchema>;

/** The addresses typed in a form's URLs box: one per line (spaces and commas also separate). */
export function splitUrlField(value: FormDataEntryValue | null): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
