import { z } from "zod";

// Shapes of the analysis. The web app stores these (Claim, Cluster, Entity tables) and the
// scorer reads the FORMAT.md subset (sources.file/family, claims offsets/quantity, clusters, entities).

export const provenanceKindSchema = z.enum(["source-line", "adapted-from", "according-to", "quoted-by", "could-not-verify", "shared-text"]);

export const provenanceSchema = z.object({
  kind: provenanceKindSchema,
  name: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const sourceSchema = z.object({
  id: z.string(),
  file: z.string().optional(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  byline: z.string().nullable(),
  family: z.string(),
  familyLabel: z.string(),
  provenance: z.array(provenanceSchema),
  furniture: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** set when the engine could not read the report (it then has no claims): why */
  unreadable: z.string().optional(),
});

export const claimKindSchema = z.enum(["quantity", "quote", "attribution", "event", "statement", "role", "date"]);

export const quantitySchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  unit: z.string(),
  qualifier: z.string().optional(),
  modifiers: z.array(z.string()).optional(),
});

/**
 * A clock time a claim states, in the shape of a quantity: `value` minutes after midnight in `zone`
 * ("local", "GMT", "KST", or null when the text names none), `low`–`high` the minutes its hedge allows
 * ("around 9:07" 9:05–9:09, "shortly after 8 p.m." 8:00–8:30; an unhedged time is exact).
 */
export const clockSchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  unit: z.literal("minute of day"),
  zone: z.string().nullable(),
  qualifier: z.string().optional(),
});

export const claimSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: claimKindSchema,
  summary: z.string(),
  subject: z.string().optional(),
  quantity: quantitySchema.optional(),
  quote: z.object({ words: z.string(), speaker: z.string().optional(), channel: z.string().optional() }).optional(),
  role: z.object({ person: z.string(), title: z.string() }).optional(),
  date: z.object({ iso: z.string().nullable(), phrase: z.string() }).optional(),
  clock: clockSchema.optional(),
  attribution: z.object({ who: z.string(), verb: z.string() }).optional(),
  entityIds: z.array(z.string()),
});

export const verdictSchema = z.enum(["agree", "contradict", "single"]);

export const clusterSchema = z.object({
  id: z.string(),
  claimIds: z.array(z.string()),
  kind: claimKindSchema,
  summary: z.string(),
  verdict: verdictSchema,
  reason: z.string(),
  differences: z.array(z.object({ sourceId: z.string(), claimId: z.string(), words: z.string() })),
  /** In a contradiction, claim id -> the named claim it sides with: "a" (differences[0]) or "b". */
  sides: z.record(z.string(), z.enum(["a", "b"])).default({}),
  reportCount: z.number().int(),
  independentCount: z.number().int(),
});

export const entitySchema = z.object({
  id: z.string(),
  canonical: z.string(),
  type: z.enum(["person", "place", "org"]),
  mentions: z.array(z.string()),
  /** name forms not seen in these reports but implied (surname of a full name) */
  aliases: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
});

export const analysisSchema = z.object({
  version: z.literal(1),
  sources: z.array(sourceSchema),
  claims: z.array(claimSchema),
  clusters: z.array(clusterSchema),
  entities: z.array(entitySchema),
});

export type ProvenanceKind = z.infer<typeof provenanceKindSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ClaimKind = z.infer<typeof claimKindSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Clock = z.infer<typeof clockSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Analysis = z.infer<typeof analysisSchema>;

export type ReportInput = {
  id: string;
  file?: string;
  /** raw, as received */
  text: string;
  outlet?: string | null;
  url?: string | null;
  /** ISO date */
  publishedAt?: string | null;
  title?: string | null;
  /**
   * Set when `text` was extracted from a page (the CLI's HTML files): the file as read and where a span of
   * `text` came from in it, so offsets in the analysis index the file, as the scorer reads them.
   */
  origin?: { text: string; span: (start: number, end: number) => [number, number] };
};
