import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeReports } from "../lib/analysis/analyze-reports";
import { readInputs } from "./lib-cli/read-inputs";

// Scores the analysis of each corpus against its gold.json with the shared scorer.
const SHARED = path.resolve("../shared");
const SCORER = path.join(SHARED, "eval/score.mjs");
const THRESHOLDS = [
  "--min", "mentionRecall=0.85", "--min", "valueRecall=0.95", "--min", "pairF1=0.75",
  "--min", "contradictionRecall=0.6", "--max", "contradictionFalseAlarms=2", "--min", "singleSourceRight=0.8",
  "--min", "familyPairsRight=0.9", "--min", "entityGroupsRight=1", "--max", "boilerplateClaims=0",
];

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dirs = args.filter((a) => !a.startsWith("--"));
// Fixture corpora (folder names) the engine does not yet meet the thresholds on: scored and shown, but
// they only fail the run with --strict (or when named on the command line). Empty: every corpus gates.
const NOT_GATING: string[] = [];
const strict = args.includes("--strict");
const notGating = new Set<string>();
if (!dirs.length) {
  dirs.push(path.join(SHARED, "corpus/seeds"));
  if (fs.existsSync("prisma/demo/gold.json")) dirs.push("prisma/demo");
  // The analysis engine's own fixture corpora (invented events): every folder with a gold.json.
  const fixtures = "lib/analysis/fixtures/corpora";
  if (fs.existsSync(fixtures))
    for (const d of fs.readdirSync(fixtures).sort())
      if (fs.existsSync(path.join(fixtures, d, "gold.json"))) {
        dirs.push(path.join(fixtures, d));
        if (NOT_GATING.includes(d)) notGating.add(path.join(fixtures, d));
      }
}
if (!fs.existsSync(SCORER)) {
  console.log(`../shared is absent (no ${SCORER}): nothing to score.`);
  process.exit(0);
}
let failed = 0;
let scored = 0;
let shortFixtures = 0;
for (const given of dirs) {
  const goldFile = path.join(given, "gold.json");
  if (!fs.existsSync(goldFile)) {
    console.log(`${given}: no gold.json, skipped`);
    continue;
  }
  // The reports sit beside gold.json, or in a reports/ folder next to it (the demo story's layout).
  const dir = fs.existsSync(path.join(given, "reports")) ? path.join(given, "reports") : given;
  const gold = JSON.parse(fs.readFileSync(goldFile, "utf8")) as { sources?: Record<string, unknown> };
  const missing = Object.keys(gold.sources ?? {}).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    console.log(`${dir}: gold.json names ${missing.length} missing report file(s) (${missing.slice(0, 3).join(", ")}…): skipped`);
    continue;
  }
  const t0 = performance.now();
  const analysis = analyzeReports(readInputs(Object.keys(gold.sources ?? {}).map((f) => path.join(dir, f))));
  const ms = performance.now() - t0;
  const out = path.join(os.tmpdir(), `triangulate-eval-${process.pid}-${path.basename(dir)}.json`);
  fs.writeFileSync(out, JSON.stringify(analysis));
  const r = spawnSync(process.execPath, [SCORER, "--corpus", dir, "--gold", goldFile, "--analysis", out, ...THRESHOLDS], { encoding: "utf8" });
  const lines = r.stdout.trim().split("\n");
  console.log(`== ${dir} (${analysis.sources.length} reports, ${Math.round(ms)} ms)`);
  console.log((verbose ? lines : lines.filter((l) => /=|^short/.test(l))).join("\n"));
  if (r.stderr.trim()) console.log(r.stderr.trim());
  scored++;
  if (r.status !== 0 && notGating.has(given) && !strict) { console.log("(fixture corpus below the thresholds: not gating yet; --strict to fail on it)"); shortFixtures++; }
  else if (r.status !== 0) failed++;
  fs.rmSync(out, { force: true });
}
console.log(failed ? `${failed} corpus(es) below the thresholds` : shortFixtures ? "all gating corpora meet the thresholds" : "all corpora meet the thresholds");
console.log(`${scored - failed - shortFixtures} passed, ${failed} failed${shortFixtures ? `, ${shortFixtures} fixture corpus(es) short (not gating)` : ""}`);
process.exit(failed ? 1 : 0);
