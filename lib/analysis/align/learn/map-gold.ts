import { z } from "zod";
import type { Analysis, Claim } from "../../types";

// Which claim of the engine states which gold mention: the same rule the shared scorer uses (a claim of
// the mention's file overlapping its evidence, carrying its value when one is given; one claim per mention,
// the mentions with fewest candidates served first, each by its closest-fitting claim).

export const goldSchema = z
  .object({
    sources: z.record(z.string(), z.object({ family: z.string().optional() }).passthrough()),
    propositions: z.array(
      z
        .object({
          id: z.string(),
          verdict: z.string(),
          mentions: z.array(z.object({ file: z.string(), evidence: z.string(), value: z.number().optional() })),
        })
        .passthrough(),
    ),
  })
  .passthrough();
export type Gold = z.infer<typeof goldSchema>;

function fitsValue(c: Claim, v: number): boolean {
  const q = c.quantity;
  if (!q) return false;
  return Math.abs(q.value - v) < 1e-9 || (q.low <= v && v <= q.high && q.value === v);
}

/** claim id → gold proposition id, for the claims that state a gold mention. texts: file name → raw text. */
export function mapGoldToClaims(gold: Gold, texts: Map<string, string>, analysis: Analysis): Map<string, string> {
  const fileOf = new Map(analysis.sources.map((s) => [s.id, (s.file ?? "").split(/[\\/]/).pop()!]));
  const byFile = new Map<string, Claim[]>();
  for (const c of analysis.claims) {
    const f = fileOf.get(c.sourceId)!;
    byFile.set(f, [...(byFile.get(f) ?? []), c]);
  }
  const wanted = gold.propositions.flatMap((p) =>
    p.mentions.map((m) => {
      const at = texts.get(m.file)?.indexOf(m.evidence) ?? -1;
      const s = at,
        e = at + m.evidence.length;
      const cands =
        at < 0
          ? []
          : (byFile.get(m.file) ?? [])
              .filter((c) => Math.min(c.end, e) > Math.max(c.start, s) && (m.value === undefined || fitsValue(c, m.value)))
              .map((c) => ({ c, fit: (Math.min(c.end, e) - Math.max(c.start, s)) / (Math.max(c.end, e) - Math.min(c.start, s)) }))
              .sort((x, y) => y.fit - x.fit);
      return { prop: p.id, cands };
    }),
  );
  const out = new Map<string, string>();
  for (const w of [...wanted].sort((x, y) => x.cands.length - y.cands.length)) {
    const pick = w.cands.find((x) => !out.has(x.c.id));
    if (pick) out.set(pick.c.id, w.prop);
  }
  return out;
}
