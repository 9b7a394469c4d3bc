import { z } from "zod";
import { REVIEW_STATUSES } from "./review-status";

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const shown = (link: string) => `"${link.length > 80 ? `${link.slice(0, 80)}…` : link}"`;

/**
 * Evidence arrives as a list (API) or as one address per line (the form). A bad link is named
 * in the message by what was typed: "evidence.2" meant nothing to an editor.
 */
const evidenceSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/\s+/).filter(Boolean) : (value ?? [])),
  z
    .array(z.string().trim())
    .max(20, { message: "at most 20 evidence links" })
    .superRefine((links, context) => {
      for (const link of links) {
        if (!httpUrl.safeParse(link).success)
          context.addIssue({ code: "custom", message: `${shown(link)} is not a web address starting with http:// or https://` });
      }
    }),
);

export const setStatusSchema = z.object({
  status: z.enum(REVIEW_STATUSES, { message: `choose one of ${REVIEW_STATUSES.join(", ")}` }),
  note: z
    .string()
    .trim()
    .max(4000)
    .nullish()
    .transform((value) => value || null),
  evidence: evidenceSchema,
  // In a contradiction, the anchor of the named claim whose side the editor judged right.
  rightSide: z
    .string()
    .max(200)
    .nullish()
    .transform((value) => value || null),
  // The version the editor saw: 0 when the claim had no review yet.
  version: z.coerce.number().int().min(0),
});

export type SetStatusInput = z.infer<typeof setStatusSchema>;

export const commentSchema = z.object({
  body: z.string().trim().min(1, { message: "write something first" }).max(4000),
});
