import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus } from "./lib-eval/corpora";
import { mapGoldToClaims } from "../lib/analysis/align/learn/map-gold";
const c = loadCorpus(process.argv[2]!, true)!;
const a = analyzeReports(c.inputs);
const prop = mapGoldToClaims(c.gold, c.texts, a);
const cl = new Map<string, (typeof a.clusters)[number]>(); for (const k of a.clusters) for (const id of k.claimIds) cl.set(id, k);
const byId = new Map(a.claims.map((x) => [x.id, x]));
for (const p of c.gold.propositions.filter((p) => p.verdict === "single")) {
  for (const [id, pid] of prop) if (pid === p.id) { const k = cl.get(id)!; if (k.verdict !== "single") console.log(p.id, "|", byId.get(id)!.text.slice(0, 70), "=>", k.verdict, k.claimIds.filter((x) => x !== id).map((x) => `${prop.get(x) ?? "-"}: ${byId.get(x)!.text.slice(0, 60)}`).join(" ;; ")); }
}
