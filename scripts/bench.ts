import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadNlp, readDoc } from "../lib/analysis/nlp/parse-text";
import type { ReportInput } from "../lib/analysis/types";
import { readInputs } from "./lib-cli/read-inputs";
import { scaleCorpus } from "./lib-cli/scale-corpus";

// Speed and memory of the analysis against the bare wink parse of the same texts, in the same
// process, interleaved run by run so that load on the machine weighs on both alike.
// Usage: npm run bench -- [SEED_DIR] [EXTRA_DIR...]
const SEEDS = path.resolve(process.argv[2] ?? "../shared/corpus/seeds");
if (!fs.existsSync(SEEDS)) {
  console.log(`no corpus at ${SEEDS}: nothing to benchmark`);
  process.exit(0);
}
const extra = process.argv.length > 3 ? process.argv.slice(3) : ["prisma/demo/reports"].filter((d) => fs.existsSync(d));
// A full collection before each timed section, so that neither pays for the other's garbage.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;
const seeds = readInputs([SEEDS]);
const base = [...seeds, ...readInputs(extra)];
const t0 = performance.now();
loadNlp();
console.log(`model load: ${ms(performance.now() - t0)}; ${base.length} distinct base reports (${seeds.length} seeds)`);
// warm-up: JIT and caches, on both code paths
for (let k = 0; k < 3; k++) { analyzeReports(base); for (const r of base) readDoc(r.text); }

type Row = { n: number; whole: number; bare: number; ratio: number; stages: Record<string, number>; claims: number; bytes: number };
const rows: Row[] = [];
const results: string[] = [];
for (const n of [seeds.length, 50, 100, 200]) {
  const corpus = n === seeds.length ? seeds : scaleCorpus(base, n);
  const bytes = corpus.reduce((s, r) => s + Buffer.byteLength(r.text), 0);
  const runs = n <= 10 ? 15 : n <= 50 ? 7 : 5;
  const wholes: number[] = [], bares: number[] = [], ratios: number[] = [];
  const stageRuns: Record<string, number[]> = {};
  let claims = 0;
  for (let k = 0; k < runs; k++) {
    const stages: Record<string, number> = {};
    const bareFirst = k % 2 === 0;
    let bare = 0;
    if (bareFirst) bare = seconds(() => { for (const r of corpus) readDoc(r.text); });
    const whole = seconds(() => { claims = analyzeReports(corpus, { timings: stages }).claims.length; });
    if (!bareFirst) bare = seconds(() => { for (const r of corpus) readDoc(r.text); });
    wholes.push(whole);
    bares.push(bare);
    ratios.push(whole / bare);
    for (const [s, v] of Object.entries(stages)) (stageRuns[s] ??= []).push(v);
  }
  const stages = Object.fromEntries(Object.entries(stageRuns).map(([s, v]) => [s, median(v)]));
  const row: Row = { n, whole: median(wholes), bare: median(bares), ratio: median(ratios), stages, claims, bytes };
  rows.push(row);
  const mem = process.memoryUsage();
  console.log(
    `${String(n).padStart(4)} reports (${(bytes / 1e3).toFixed(0)} kB, ${runs} runs): analysis ${ms(row.whole * 1000)} (${(n / row.whole).toFixed(0)} reports/s, ${claims} claims); ` +
      `bare wink parse ${ms(row.bare * 1000)}; ratio ${row.ratio.toFixed(2)}x (range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}); rss ${mb(mem.rss)}, heap ${mb(mem.heapUsed)}`,
  );
  console.log(`       stages (median ms): ${Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`);
  if (n === seeds.length) results.push(verdict(`${n} reports under 0.3 s (${ms(row.whole * 1000)})`, row.whole < 0.3));
  if (n === 200) results.push(verdict(`200 reports under 10 s (${ms(row.whole * 1000)})`, row.whole < 10));
  results.push(verdict(`${n} reports: analysis at most 5x the bare parse (${row.ratio.toFixed(2)}x)`, row.ratio <= 5));
}
for (let i = 2; i < rows.length; i++) {
  const growth = rows[i]!.whole / rows[i - 1]!.whole;
  results.push(verdict(`${rows[i - 1]!.n}→${rows[i]!.n} reports: time x${growth.toFixed(2)} (at most 2.3)`, growth <= 2.3));
}
const peak = process.resourceUsage().maxRSS * 1024;
results.push(verdict(`peak memory under 1 GB (${mb(peak)})`, peak < 1e9));
console.log(results.join("\n"));
const failed = results.filter((r) => r.startsWith("FAIL")).length;
console.log(`${results.length - failed} passed, ${failed} failed`);

function seconds(fn: () => void): number {
  collect();
  const s = performance.now();
  fn();
  return (performance.now() - s) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function verdict(label: string, ok: boolean): string {
  return `${ok ? "PASS" : "FAIL"} ${label}`;
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}

function mb(x: number): string {
  return `${(x / 1e6).toFixed(0)} MB`;
}

export type { ReportInput };
