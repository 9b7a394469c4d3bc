import { z } from "zod";
import { REVIEW_STATUSES } from "./review-status";

const httpUrl = z
  .url({ protocol: /^https?$/, message: "evidence must be http(s) addresses" })
  .max(2000);

/** Evidence arrives as a list (API) or as one address per line (the form). */
const evidenceSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/\s+/).filter(Boolean) : value ?? []),
  z.array(z.string().trim().pipe(httpUrl)).max(20, { message: "at most 20 evidence links" }),
);

export const setStatusSchema = z.object({
  status: z.enum(REVIEW_STATUSES, { message: `choose one of ${REVIEW_STATUSES.join(", ")}` }),
  note: z.string().trim().max(4000).nullish().transform((value) => value || null),
  evidence: evidenceSchema,
  // The version the editor saw: 0 when the claim had no review yet.
  version: z.coerce.number().int().min(0),
});

export type SetStatusInput = z.infer<typeof setStatusSchema>;

export const commentSchema = z.object({
  body: z.string().trim().min(1, { message: "write something first" }).max(4000),
});
