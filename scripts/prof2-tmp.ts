import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus } from "./lib-eval/corpora";
const c = loadCorpus("../shared/corpus/seeds", true)!;
for (let i = 0; i < 3; i++) analyzeReports(c.inputs);
const t0 = performance.now();
for (let i = 0; i < 10; i++) analyzeReports(c.inputs);
console.log("per run", (performance.now() - t0) / 10);
