import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { analyzeReports } from "../lib/analysis/analyze-reports";
import { DEFAULT_FLAGS, FLAG_NAMES, type EngineFlags } from "../lib/analysis/align/engine-flags";
import { SCORER, SHARED, collectPairs, corpusFolders, loadCorpus, scoreAnalysis, type Corpus, type LaneSamples, type Score } from "./lib-eval/corpora";
import { checkFloor, readFloor, writeFloor } from "./lib-eval/floor";
import { listOffGold } from "./lib-eval/off-gold";
import { printTable, summarise } from "./lib-eval/table";
import { trainModel } from "./lib-eval/train-model";

// Scores the analysis of every annotated corpus against its gold.json with the shared scorer.
//   npm run eval                      every corpus: a table; seeds, demo and fixtures gate on THRESHOLDS,
//                                     every corpus on the committed floor (scripts/eval-floor.json)
//   npm run eval -- DIR... [--verbose] the named corpora only, gated on THRESHOLDS; --verbose lists misses
//   npm run eval -- --cv              leave-one-event-out: each corpus scored by a model trained without it
//   npm run eval -- --ablate          leave-one-event-out on the real events with each rule family off
//   npm run eval -- --write-floor     rewrites the floor from this run's figures
const THRESHOLDS = [
  "--min",
  "mentionRecall=0.85",
  "--min",
  "valueRecall=0.95",
  "--min",
  "pairF1=0.75",
  "--min",
  "contradictionRecall=0.6",
  "--max",
  "contradictionFalseAlarms=2",
  "--min",
  "singleSourceRight=0.8",
  "--min",
  "familyPairsRight=0.9",
  "--min",
  "entityGroupsRight=1",
  "--max",
  "boilerplateClaims=0",
];

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const named = args.filter((a) => !a.startsWith("--"));
if (!fs.existsSync(SCORER)) {
  console.log(`../shared is absent (no ${SCORER}): nothing to score.`);
  process.exit(0);
}
const inShared = (d: string) => path.resolve(d).startsWith(path.join(SHARED, "corpus") + path.sep);
const folders = named.length ? named.map((given) => ({ given, real: inShared(given) })) : corpusFolders();
const corpora = folders.map((f) => loadCorpus(f.given, f.real)).filter((c): c is Corpus => !!c);
const contradictionsOf = (c: Corpus) => c.gold.propositions.filter((p) => p.verdict === "contradict").length;

/** Labelled candidate pairs of every corpus under these flags (the features do not depend on the model). */
function samplesFor(flags: EngineFlags): Map<string, LaneSamples> {
  const all = corpusFolders()
    .map((f) => loadCorpus(f.given, f.real))
    .filter((c): c is Corpus => !!c);
  return new Map(all.map((c) => [c.name, collectPairs(c, { flags, model: null })]));
}

function crossValidate(flags: EngineFlags, which: Corpus[]): { name: string; score: Score; contradictions: number }[] {
  const samples = samplesFor(flags);
  return which.map((c) => {
    const model = trainModel(samples, c.name);
    const { score, detail } = scoreAnalysis(c, analyzeReports(c.inputs, { align: { flags, model } }));
    if (verbose) for (const [k, v] of Object.entries(detail)) if (v.length) console.log(`${c.name} ${k}:\n  ${v.join("\n  ")}`);
    return { name: c.name, score, contradictions: contradictionsOf(c) };
  });
}

function printSummary(label: string, rows: { name: string; score: Score; contradictions: number }[]) {
  const real = rows.filter((r) => corpora.find((c) => c.name === r.name)?.real);
  const s = summarise(real);
  console.log(
    `${label} over ${real.length} real events: mean pairF1 ${s.pairF1}, contradiction recall ${s.contradictionRecall} (every gold contradiction), at most ${s.worstFalseAlarms} false alarm(s) per event`,
  );
}

if (args.includes("--cv")) {
  const rows = crossValidate(DEFAULT_FLAGS, corpora);
  printTable("leave-one-event-out (pair model trained without the corpus it scores)", rows);
  printSummary("leave-one-event-out", rows);
  process.exit(0);
}

if (args.includes("--ablate")) {
  // Each family off in turn, scored leave-one-event-out on the real events (the model retrained each time).
  // Tables read at load (the paraphrase table) are switched off in a child run through TRIANGULATE_ABLATE.
  const real = corpora.filter((c) => c.real);
  console.log("leave-one-event-out on the real events; per event: pairF1/contradiction recall/false alarms");
  const print = (label: string, rows: { name: string; score: Score; contradictions: number }[]) => {
    const s = summarise(rows);
    const per = rows.map((r) => `${r.name.split("-")[0]} ${r.score.pairF1}/${r.score.contradictionRecall}/${r.score.contradictionFalseAlarms}`).join("  ");
    console.log(
      `${label.padEnd(22)} mean pairF1 ${s.pairF1}  contradiction recall ${s.contradictionRecall}  worst false alarms ${s.worstFalseAlarms}   (${per})`,
    );
  };
  if (process.env.TRIANGULATE_ABLATE) print(`without ${process.env.TRIANGULATE_ABLATE}`, crossValidate(DEFAULT_FLAGS, real));
  else {
    for (const off of [null, ...FLAG_NAMES])
      print(off ? `without ${off}` : "all rules", crossValidate(off ? { ...DEFAULT_FLAGS, [off]: false } : DEFAULT_FLAGS, real));
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--ablate"], {
      encoding: "utf8",
      env: { ...process.env, TRIANGULATE_ABLATE: "paraphrases" },
    });
    process.stdout.write(
      child.stdout
        .split("\n")
        .filter((l) => l.startsWith("without"))
        .join("\n") + "\n",
    );
  }
  process.exit(0);
}

const floor = readFloor();
const gatedByThresholds = (c: Corpus) => named.length > 0 || c.name === "seeds";
let failed = 0;
const rows: { name: string; score: Score; contradictions: number; note?: string }[] = [];
for (const c of corpora) {
  const t0 = performance.now();
  const analysis = analyzeReports(c.inputs);
  const ms = Math.round(performance.now() - t0);
  const gated = gatedByThresholds(c);
  const { score, detail, passed, short } = scoreAnalysis(c, analysis, gated ? THRESHOLDS : []);
  const drops = named.length ? [] : checkFloor(floor, c.name, score);
  const problems = [...(gated && !passed ? [`below the thresholds: ${short}`] : []), ...(drops.length ? [`below the floor: ${drops.join(", ")}`] : [])];
  if (problems.length) failed++;
  rows.push({
    name: c.name,
    score,
    contradictions: contradictionsOf(c),
    note: `${c.inputs.length} reports, ${ms} ms${gated ? ", thresholds" : ""}${problems.length ? `; FAILS ${problems.join("; ")}` : ""}`,
  });
  if (verbose) {
    console.log(`== ${c.dir}`);
    for (const [k, v] of Object.entries(detail)) if (v.length) console.log(`${k}:\n  ${v.join("\n  ")}`);
    const off = listOffGold(c, analysis);
    if (off.length) console.log(`offGoldClaims (${off.length}):\n  ${off.join("\n  ")}`);
    console.log(
      Object.entries(score)
        .map(([k, v]) => `${k}=${v}`)
        .join(" "),
    );
  }
}
printTable("scores (committed pair model)", rows);
printSummary("plain", rows);
if (args.includes("--write-floor")) writeFloor(rows);
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
