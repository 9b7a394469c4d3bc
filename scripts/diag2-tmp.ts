import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus } from "./lib-eval/corpora";
import { mapGoldToClaims } from "../lib/analysis/align/learn/map-gold";
for (const dir of process.argv.slice(2)) {
  const c = loadCorpus(dir, true)!;
  const scores = new Map<string, number>();
  const key = (x: string, y: string) => (x < y ? x + "|" + y : y + "|" + x);
  const a = analyzeReports(c.inputs, { onScore: (x, y, s) => scores.set(key(x, y), Math.max(s, scores.get(key(x, y)) ?? -1)) });
  const prop = mapGoldToClaims(c.gold, c.texts, a);
  const contraProps = new Set(c.gold.propositions.filter((p) => p.verdict === "contradict").map((p) => p.id));
  for (const k of a.clusters) {
    if (k.verdict !== "contradict") continue;
    const [d1, d2] = k.differences;
    const truth = k.claimIds.some((id) => contraProps.has(prop.get(id) ?? ""));
    console.log(c.name.slice(0, 6), truth ? "TRUE " : "FALSE", (scores.get(key(d1!.claimId, d2!.claimId)) ?? -1).toFixed(2), k.claimIds.length, k.reason.replace(/\.\.\/shared\/corpus\/[^/]+\//g, "").slice(0, 150));
  }
}
