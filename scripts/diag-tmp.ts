import { analyzeReports } from "/work/wt-align/lib/analysis/analyze-reports";
import { loadCorpus } from "/work/wt-align/scripts/lib-eval/corpora";
import { mapGoldToClaims } from "/work/wt-align/lib/analysis/align/learn/map-gold";
const c = loadCorpus(process.argv[2]!, true)!;
const scores = new Map<string, number>();
const a = analyzeReports(c.inputs, { onScore: (x, y, s) => { scores.set(x < y ? x + "|" + y : y + "|" + x, Math.max(s, scores.get(x < y ? x + "|" + y : y + "|" + x) ?? -1)); } });
const prop = mapGoldToClaims(c.gold, c.texts, a);
const cl = new Map<string, string>(); for (const k of a.clusters) for (const id of k.claimIds) cl.set(id, k.id);
const byId = new Map(a.claims.map((x) => [x.id, x]));
const ids = [...prop.keys()];
for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
  const x = byId.get(ids[i]!)!, y = byId.get(ids[j]!)!;
  if (x.sourceId === y.sourceId) continue;
  const same = prop.get(x.id) === prop.get(y.id), together = cl.get(x.id) === cl.get(y.id);
  if (same === together) continue;
  const key = x.id < y.id ? x.id + "|" + y.id : y.id + "|" + x.id;
  const s = scores.get(key);
  console.log(`${same ? "MISS" : "WRONG"} ${prop.get(x.id)}${same ? "" : "~" + prop.get(y.id)} ${s === undefined ? "nocand" : s.toFixed(2)} [${x.kind}] ${x.text.slice(0, 70)} || [${y.kind}] ${y.text.slice(0, 70)}`);
}
