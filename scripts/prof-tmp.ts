import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus } from "./lib-eval/corpora";
import { DEFAULT_FLAGS } from "../lib/analysis/align/engine-flags";
const c = loadCorpus("../shared/corpus/seeds", true)!;
for (const [name, flags] of [["default", DEFAULT_FLAGS], ["no wordnet", { ...DEFAULT_FLAGS, wordnet: false }], ["no model", { ...DEFAULT_FLAGS, model: false }], ["no model no wordnet", { ...DEFAULT_FLAGS, model: false, wordnet: false }]] as const) {
  for (let i = 0; i < 3; i++) analyzeReports(c.inputs, { align: { flags } });
  const t: Record<string, number> = {};
  for (let i = 0; i < 5; i++) analyzeReports(c.inputs, { timings: t, align: { flags } });
  console.log(name, "align", (t.align! / 5).toFixed(1), "verdicts", (t.verdicts! / 5).toFixed(1), "claims", (t.claims! / 5).toFixed(1));
}
