import { analyzeReports } from "../lib/analysis/analyze-reports";
import { collectPairs, corpusFolders, loadCorpus, type Corpus } from "./lib-eval/corpora";
import { trainModel } from "./lib-eval/train-model";
import { mapGoldToClaims } from "../lib/analysis/align/learn/map-gold";
import { DEFAULT_FLAGS } from "../lib/analysis/align/engine-flags";
const all = corpusFolders().map((f) => loadCorpus(f.given, f.real)).filter((c): c is Corpus => !!c);
const samples = new Map(all.map((c) => [c.name, collectPairs(c, { flags: DEFAULT_FLAGS, model: null })]));
const c = all.find((x) => x.name === process.argv[2])!;
const model = trainModel(samples, c.name);
const want = new Set(process.argv.slice(3));
const scores = new Map<string, number>();
const key = (x: string, y: string) => (x < y ? x + "|" + y : y + "|" + x);
const a = analyzeReports(c.inputs, { align: { model }, onScore: (x, y, s) => scores.set(key(x, y), Math.max(s, scores.get(key(x, y)) ?? -1)) });
const prop = mapGoldToClaims(c.gold, c.texts, a);
const cl = new Map<string, string>(); for (const k of a.clusters) for (const id of k.claimIds) cl.set(id, k.id);
const kv = new Map(a.clusters.map((k) => [k.id, k.verdict]));
for (const x of a.claims) { const p = prop.get(x.id); if (p && want.has(p)) console.log(p, x.id, cl.get(x.id), kv.get(cl.get(x.id)!), JSON.stringify(x.text.slice(0, 90)), x.quantity?.value ?? "", x.quantity?.unit ?? ""); }
const ids = a.claims.filter((x) => want.has(prop.get(x.id) ?? "")).map((x) => x.id);
for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (ids[i]!.split(":")[0] !== ids[j]!.split(":")[0]) console.log("  ", ids[i], ids[j], scores.get(key(ids[i]!, ids[j]!))?.toFixed(2) ?? "nocand");
