import path from "node:path";
import type { Analysis } from "../../lib/analysis/types";
import type { Corpus } from "./corpora";

// The claims that overlap no gold mention (what claimPrecision counts against): printed by
// `npm run eval -- --verbose` so that a reader sees the noise, not only its share.

/** "file: kind «text»" for every claim of the analysis that states no gold mention. */
export function listOffGold(c: Corpus, analysis: Analysis): string[] {
  const fileOf = new Map(analysis.sources.map((s) => [s.id, path.basename(s.file ?? "")]));
  const spans = new Map<string, [number, number][]>();
  for (const p of c.gold.propositions)
    for (const m of p.mentions) {
      const at = c.texts.get(m.file)?.indexOf(m.evidence) ?? -1;
      if (at >= 0) spans.set(m.file, [...(spans.get(m.file) ?? []), [at, at + m.evidence.length]]);
    }
  return analysis.claims
    .filter((cl) => !(spans.get(fileOf.get(cl.sourceId)!) ?? []).some(([s, e]) => Math.min(cl.end, e) > Math.max(cl.start, s)))
    .map((cl) => `${fileOf.get(cl.sourceId)!.slice(0, 2)} ${cl.kind.padEnd(9)} «${cl.text.replace(/\s+/g, " ").slice(0, 110)}»`);
}
