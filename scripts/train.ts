import fs from "node:fs";
import { DEFAULT_FLAGS } from "../lib/analysis/align/engine-flags";
import { collectPairs, corpusFolders, loadCorpus, type LaneSamples } from "./lib-eval/corpora";
import { trainModel } from "./lib-eval/train-model";

// Fits the alignment pair model on the gold pairs of every annotated corpus and writes its weights,
// deterministically, to the committed JSON file the engine reads.
const OUT = "lib/analysis/align/pair-model-weights.json";
const samples = new Map<string, LaneSamples>();
for (const { given, real } of corpusFolders()) {
  const c = loadCorpus(given, real);
  if (!c) continue;
  const s = collectPairs(c, { flags: DEFAULT_FLAGS, model: null });
  samples.set(c.name, s);
  const pos = (l: keyof LaneSamples) => s[l].filter((x) => x.y === 1).length;
  console.log(`${c.name}: ${s.quantity.length} count pairs (${pos("quantity")} same fact), ${s.text.length} prose pairs (${pos("text")} same fact)`);
}
const model = trainModel(samples);
fs.writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
for (const lane of ["quantity", "text"] as const) {
  const m = model.lanes[lane];
  console.log(`${lane}: threshold ${m.threshold}, bias ${m.bias}; ${model.features.map((f, i) => `${f} ${m.weights[i]}`).join(", ")}`);
}
console.log(`wrote ${OUT}`);
