import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus, corpusFolders } from "./lib-eval/corpora";
const inputs = corpusFolders().filter((f) => f.real).flatMap((f) => loadCorpus(f.given, f.real)!.inputs);
let n = 0; const hist = new Array(11).fill(0);
analyzeReports(inputs, { align: { model: null, onFeatures: (_a, _b, _l, f) => { n++; hist[Math.min(10, Math.floor(f[0]! * 10))]++; } } });
console.log(n, hist.join(" "));
