import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus } from "./lib-eval/corpora";
import { mapGoldToClaims } from "../lib/analysis/align/learn/map-gold";
import { namedSource, sentenceAround } from "../lib/analysis/verdict/named-source";
const c = loadCorpus(process.argv[2]!, true)!;
const a = analyzeReports(c.inputs);
const prop = mapGoldToClaims(c.gold, c.texts, a);
const text = new Map(c.inputs.map((i) => [i.id, i.text]));
for (const x of a.claims) if (x.quantity) { const s = sentenceAround(text.get(x.sourceId)!, x.start, x.end); console.log(x.id.padEnd(36), (prop.get(x.id) ?? "-").padEnd(26), String(x.quantity.value).padEnd(9), x.quantity.unit.padEnd(12), namedSource(s) ?? ""); }
