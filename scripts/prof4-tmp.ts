import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadCorpus, corpusFolders } from "./lib-eval/corpora";
import { DEFAULT_FLAGS } from "../lib/analysis/align/engine-flags";
const inputs = corpusFolders().filter((f) => f.real).flatMap((f) => loadCorpus(f.given, f.real)!.inputs);
for (const [name, flags] of [["default", DEFAULT_FLAGS], ["no wordnet", { ...DEFAULT_FLAGS, wordnet: false }], ["no model", { ...DEFAULT_FLAGS, model: false }], ["default", DEFAULT_FLAGS]] as const) {
  for (let i = 0; i < 2; i++) analyzeReports(inputs, { align: { flags } });
  const t: Record<string, number> = {};
  for (let i = 0; i < 4; i++) analyzeReports(inputs, { timings: t, align: { flags } });
  console.log(name, "align", (t.align! / 4).toFixed(0), "verdicts", (t.verdicts! / 4).toFixed(0), "parse", (t.parse! / 4).toFixed(0));
}
