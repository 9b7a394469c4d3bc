import { analyzeReports } from "/work/wt-align/lib/analysis/analyze-reports";
import { loadCorpus, corpusFolders } from "/work/wt-align/scripts/lib-eval/corpora";
const inputs = corpusFolders().filter((f) => f.real).flatMap((f) => loadCorpus(f.given, f.real)!.inputs);
for (let i = 0; i < 2; i++) analyzeReports(inputs);
const t: Record<string, number> = {};
const t0 = performance.now();
for (let i = 0; i < 5; i++) analyzeReports(inputs, { timings: t });
console.log("per run", ((performance.now() - t0) / 5).toFixed(0), Object.entries(t).map(([k, v]) => `${k} ${(v / 5).toFixed(0)}`).join(" "));
