import { z } from "zod";
import { CLAIM_KINDS } from "@/lib/matrix/matrix-filters";

export const QUEUE_FLAGS = ["contradicted", "single_source"] as const;

/** The API's filters: a bad value is a 400. */
export const strictQueueFiltersSchema = z.object({
  story: z
    .string()
    .regex(/^[a-z0-9-]{1,200}$/)
    .nullable(),
  flag: z.enum(QUEUE_FLAGS).nullable(),
  kind: z.enum(CLAIM_KINDS).nullable(),
});

/** The page's filters: each falls back to "all" on its own, so a stale link still works. */
export const queueFiltersSchema = z.object({
  story: strictQueueFiltersSchema.shape.story.catch(null),
  flag: strictQueueFiltersSchema.shape.flag.catch(null),
  kind: strictQueueFiltersSchema.shape.kind.catch(null),
});

export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || null;
  return queueFiltersSchema.parse({ story: first(params.story), flag: first(params.flag), kind: first(params.kind) });
}

export function queueQueryString(filters: Partial<QueueFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
