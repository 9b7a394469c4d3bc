import fs from "node:fs";
import path from "node:path";
import { analyzeReports } from "../lib/analysis/analyze-reports";
import { loadNlp, readDoc } from "../lib/analysis/nlp/parse-text";
import type { ReportInput } from "../lib/analysis/types";
import { readInputs } from "./lib-cli/read-inputs";

// Speed and memory of the analysis on the seed reports and on scaled corpora made from them.
const SEEDS = path.resolve(process.argv[2] ?? "../shared/corpus/seeds");
if (!fs.existsSync(SEEDS)) {
  console.log(`no corpus at ${SEEDS}: nothing to benchmark`);
  process.exit(0);
}
const seeds = readInputs([SEEDS]);
const t0 = performance.now();
loadNlp();
console.log(`model load: ${ms(performance.now() - t0)}`);
analyzeReports(seeds); // warm-up: JIT and caches

const rows: { n: number; seconds: number }[] = [];
const results: string[] = [];
for (const n of [seeds.length, 50, 100, 200]) {
  const corpus = n === seeds.length ? seeds : scaleCorpus(seeds, n);
  const bytes = corpus.reduce((s, r) => s + Buffer.byteLength(r.text), 0);
  const bare = timeIt(() => { for (const r of corpus) readDoc(r.text); });
  let claims = 0;
  const whole = timeIt(() => { claims = analyzeReports(corpus).claims.length; });
  const stages: Record<string, number> = {};
  analyzeReports(corpus, { timings: stages });
  const mem = process.memoryUsage();
  rows.push({ n, seconds: whole });
  const ratio = whole / bare;
  console.log(
    `${String(n).padStart(4)} reports: ${ms(whole * 1000)} (${(n / whole).toFixed(1)} reports/s, ${(bytes / 1e6 / whole).toFixed(2)} MB/s, ${claims} claims); ` +
      `bare wink parse ${ms(bare * 1000)} → ratio ${ratio.toFixed(2)}x; rss ${mb(mem.rss)}, heap ${mb(mem.heapUsed)}, peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  console.log(`       stages: ${Object.entries(stages).map(([k, v]) => `${k} ${ms(v)}`).join(", ")}`);
  if (n === seeds.length) results.push(verdict(`${n} reports under 0.3 s`, whole < 0.3));
  if (n === 200) results.push(verdict("200 reports under 10 s", whole < 10));
  results.push(verdict(`${n} reports: analysis at most 5x the bare parse`, ratio <= 5));
}
for (let i = 2; i < rows.length; i++) {
  const growth = rows[i]!.seconds / rows[i - 1]!.seconds;
  results.push(verdict(`${rows[i - 1]!.n}→${rows[i]!.n} reports: time x${growth.toFixed(2)} (at most 2.3)`, growth <= 2.3));
}
results.push(verdict("peak memory under 1 GB", process.resourceUsage().maxRSS * 1024 < 1e9));
console.log(results.join("\n"));

/** Median of three runs, in seconds. */
function timeIt(fn: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    fn();
    times.push((performance.now() - s) / 1000);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/**
 * n reports cycled from the seeds, each copy perturbed (a sentence dropped, numbers nudged in one
 * copy in three, a line of its own added) so families and alignment still have real work to do.
 */
function scaleCorpus(base: ReportInput[], n: number): ReportInput[] {
  const out: ReportInput[] = [];
  for (let k = 0; k < n; k++) {
    const seed = base[k % base.length]!;
    const copy = Math.floor(k / base.length);
    // drop one sentence (a different one per copy), keeping every line break of the original
    const ends = [...seed.text.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"])/g)].map((m) => m.index! + m[0].length);
    let text = seed.text;
    if (ends.length > 3) {
      const k2 = 1 + (copy % (ends.length - 2));
      text = text.slice(0, ends[k2 - 1]) + text.slice(ends[k2]);
    }
    if (copy % 3 === 1) text = text.replace(/\b(\d+)\b/, (d) => String(Number(d) + 1));
    text += `\n\nReport copy ${copy} filed from desk ${k % 7}.`;
    out.push({ id: `${seed.id}-x${copy}`, file: `${seed.id}-x${copy}.txt`, text });
  }
  return out;
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
