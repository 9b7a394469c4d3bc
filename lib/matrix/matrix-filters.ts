import { z } from "zod";
import { REVIEW_STATUSES } from "@/lib/review/review-status";

export const VERDICTS = ["contradict", "single", "agree"] as const;
export const CLAIM_KINDS = ["quantity", "quote", "attribution", "event", "statement", "role", "date"] as const;

// Each filter falls back to "all" on its own: a stale or hand-edited link still shows the matrix.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const matrixFiltersSchema = z.object({
  verdict: loose(z.enum(VERDICTS)),
  kind: loose(z.enum(CLAIM_KINDS)),
  entity: loose(z.uuid()),
  source: loose(z.uuid()),
  q: loose(
    z
      .string()
      .trim()
      .max(200)
      .transform((value) => value || undefined),
  ),
  status: loose(z.enum(REVIEW_STATUSES)),
  page: loose(z.coerce.number().int().min(1).max(100_000)),
});

export type MatrixFilters = z.infer<typeof matrixFiltersSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseMatrixFilters(params: SearchParams): MatrixFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return matrixFiltersSchema.parse({
    verdict: first(params.verdict),
    kind: first(params.kind),
    entity: first(params.entity),
    source: first(params.source),
    q: first(params.q),
    status: first(params.status),
    page: first(params.page),
  });
}

/** The query string for a set of filters, for links that keep the current view. */
export function toQueryString(filters: MatrixFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    // Page 1 is the default: leaving it out keeps links short and stable.
    if (value && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
