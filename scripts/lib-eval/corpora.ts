import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeReports } from "../../lib/analysis/analyze-reports";
import type { AlignOptions } from "../../lib/analysis/align/cluster-claims";
import { goldSchema, mapGoldToClaims, type Gold } from "../../lib/analysis/align/learn/map-gold";
import type { Sample } from "../../lib/analysis/align/learn/fit-logistic";
import type { ModelLane } from "../../lib/analysis/align/pair-model";
import type { Analysis, ReportInput } from "../../lib/analysis/types";
import { readInputs } from "../lib-cli/read-inputs";

// The annotated corpora, read once: real events under ../shared/corpus, the demo story and the engine's
// own invented fixtures. Shared by `npm run eval` and `npm run train`.

export const SHARED = path.resolve("../shared");
export const SCORER = path.join(SHARED, "eval/score.mjs");

export type Corpus = {
  name: string;
  given: string;
  dir: string;
  goldFile: string;
  real: boolean;
  gold: Gold;
  inputs: ReportInput[];
  texts: Map<string, string>;
};

/** Every corpus folder with a gold.json: ../shared/corpus/*, prisma/demo, lib/analysis/fixtures/corpora/*. */
export function corpusFolders(): { given: string; real: boolean }[] {
  const out: { given: string; real: boolean }[] = [];
  const shared = path.join(SHARED, "corpus");
  if (fs.existsSync(shared)) for (const d of fs.readdirSync(shared).sort()) out.push({ given: path.join(shared, d), real: true });
  out.push({ given: "prisma/demo", real: false });
  const fixtures = "lib/analysis/fixtures/corpora";
  if (fs.existsSync(fixtures)) for (const d of fs.readdirSync(fixtures).sort()) out.push({ given: path.join(fixtures, d), real: false });
  return out.filter((c) => fs.existsSync(path.join(c.given, "gold.json")));
}

export function corpusName(given: string): string {
  return given === "prisma/demo" ? "demo" : path.basename(path.resolve(given));
}

/** A corpus with its reports read; null (with the reason printed) when its files are incomplete. */
export function loadCorpus(given: string, real: boolean): Corpus | null {
  const goldFile = path.join(given, "gold.json");
  // The reports sit beside gold.json, or in a reports/ folder next to it (the demo story's layout).
  const dir = fs.existsSync(path.join(given, "reports")) ? path.join(given, "reports") : given;
  const gold = goldSchema.parse(JSON.parse(fs.readFileSync(goldFile, "utf8")));
  const files = Object.keys(gold.sources);
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    console.log(`${dir}: gold.json names ${missing.length} missing report file(s) (${missing.slice(0, 3).join(", ")}…): skipped`);
    return null;
  }
  const inputs = readInputs(files.map((f) => path.join(dir, f)));
  // claims point into the file as read (an HTML page, not the text extracted from it), as the scorer reads it
  const texts = new Map(files.map((f, i) => [f, inputs[i]!.origin?.text ?? inputs[i]!.text]));
  return { name: corpusName(given), given, dir, goldFile, real, gold, inputs, texts };
}

export type LaneSamples = Record<ModelLane, Sample[]>;

/** Analyses a corpus and labels its candidate pairs: 1 when both claims state one gold proposition. */
export function collectPairs(c: Corpus, align: AlignOptions = {}): LaneSamples {
  const seen = new Map<string, { lane: ModelLane; x: number[] }>();
  const ids: string[] = [];
  const analysis = analyzeReports(c.inputs, {
    align: {
      ...align,
      onFeatures: (a, b, lane, x) => {
        const key = a < b ? `${a}:${b}` : `${b}:${a}`;
        if (!seen.has(key)) seen.set(key, { lane, x });
      },
    },
  });
  for (const cl of analysis.claims) ids.push(cl.id);
  const propOf = mapGoldToClaims(c.gold, c.texts, analysis);
  const out: LaneSamples = { quantity: [], text: [] };
  for (const [key, { lane, x }] of seen) {
    const [a, b] = key.split(":").map(Number) as [number, number];
    const pa = propOf.get(ids[a]!),
      pb = propOf.get(ids[b]!);
    if (pa === undefined || pb === undefined) continue;
    out[lane].push({ x, y: pa === pb ? 1 : 0 });
  }
  return out;
}

export type Score = Record<string, number>;
export type ScoreDetail = Record<string, string[]>;

/** The shared scorer's figures for one analysis; `thresholds` are passed on (exit status in `passed`). */
export function scoreAnalysis(c: Corpus, analysis: Analysis, thresholds: string[] = []): { score: Score; detail: ScoreDetail; passed: boolean; short: string } {
  const out = path.join(os.tmpdir(), `triangulate-eval-${process.pid}-${c.name}.json`);
  fs.writeFileSync(out, JSON.stringify(analysis));
  const r = spawnSync(process.execPath, [SCORER, "--corpus", c.dir, "--gold", c.goldFile, "--analysis", out, "--json", ...thresholds], { encoding: "utf8" });
  fs.rmSync(out, { force: true });
  if (r.stderr.trim()) console.log(r.stderr.trim());
  const text = r.stdout;
  const json = JSON.parse(text.slice(0, text.lastIndexOf("}") + 1)) as { score: Score; detail: ScoreDetail };
  const short = /^short: (.*)$/m.exec(text)?.[1] ?? "";
  return { ...json, passed: r.status === 0, short };
}
