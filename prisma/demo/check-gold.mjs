#!/usr/bin/env node
// Sanity check for the demo corpus: prisma/demo/{gold.json,story.json,reports/*}.
//   node prisma/demo/check-gold.mjs
// Checks that every gold evidence / boilerplate string occurs exactly once in its report, that values
// match the wording, that verdicts fit the files, that story.json lists the same files, then runs the
// shared scorer on an empty analysis (expects zero recall and no format problems).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const reportsDir = path.join(here, "reports");
const gold = JSON.parse(fs.readFileSync(path.join(here, "gold.json"), "utf8"));
const story = JSON.parse(fs.readFileSync(path.join(here, "story.json"), "utf8"));
const errors = [];
const err = (s) => errors.push(s);

const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const visibleText = (html) =>
  (html.match(/<article[\s\S]*?<\/article>/)?.[0] ?? html)
    .replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

// --- files
const text = {};
const onDisk = fs.readdirSync(reportsDir).sort();
for (const f of Object.keys(gold.sources)) {
  if (!onDisk.includes(f)) { err(`gold source ${f} not in reports/`); continue; }
  text[f] = fs.readFileSync(path.join(reportsDir, f), "utf8");
}
for (const f of onDisk) if (!(f in gold.sources)) err(`reports/${f} has no gold source entry`);
for (const [f, t] of Object.entries(text)) {
  const n = f.endsWith(".html") ? visibleText(t).length : t.length;
  if (n < 1500 || n > 3500) err(`${f}: ${n} characters of ${f.endsWith(".html") ? "article text" : "text"}, want 1500-3500`);
}
const families = Object.values(gold.sources).map((s) => s.family);
if (!families.includes("own")) err("no source has family 'own'");

// --- numbers in words, for value checks
const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const numbersIn = (s) => {
  const out = (s.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((x) => Number(x.replace(/,/g, "")));
  for (const m of s.toLowerCase().matchAll(/\b([a-z]+)(?:-([a-z]+))?\b/g)) {
    const a = WORDS[m[1]], b = m[2] ? WORDS[m[2]] : 0;
    if (a !== undefined && b !== undefined) out.push(a + b);
  }
  return out;
};

// --- propositions
const ids = new Set();
let nMentions = 0;
for (const p of gold.propositions) {
  if (ids.has(p.id)) err(`duplicate proposition id ${p.id}`);
  ids.add(p.id);
  if (!["agree", "contradict", "single"].includes(p.verdict)) err(`${p.id}: verdict ${p.verdict}`);
  if (!p.kind || !p.summary) err(`${p.id}: kind and summary required`);
  const files = new Set(p.mentions.map((m) => m.file));
  if (p.verdict === "single" && files.size !== 1) err(`${p.id}: single but in ${files.size} files`);
  if (p.verdict !== "single" && files.size < 2) err(`${p.id}: ${p.verdict} needs two files`);
  if (files.size !== p.mentions.length) err(`${p.id}: two mentions in one file`);
  for (const m of p.mentions) {
    nMentions++;
    const t = text[m.file];
    if (t === undefined) { err(`${p.id}: unknown file ${m.file}`); continue; }
    const n = count(t, m.evidence);
    if (n !== 1) err(`${p.id} @ ${m.file}: evidence found ${n} times: ${m.evidence}`);
    if (m.file.endsWith(".html") && /[<>&]/.test(m.evidence)) err(`${p.id} @ ${m.file}: evidence crosses markup or holds an entity`);
    if (m.value !== undefined) {
      if (typeof m.value !== "number" || !Number.isFinite(m.value) || m.value <= 0) err(`${p.id} @ ${m.file}: bad value ${m.value}`);
      else if (!numbersIn(m.evidence).includes(m.value)) err(`${p.id} @ ${m.file}: value ${m.value} not stated in "${m.evidence}"`);
    }
  }
  if (p.kind === "quantity" && p.verdict === "contradict") {
    const vals = new Set(p.mentions.filter((m) => m.value !== undefined).map((m) => m.value));
    if (vals.size < 2) err(`${p.id}: numeric contradiction with one value`);
  }
}

// --- no two gold evidences overlap in one file (each claim serves one mention)
const spans = {};
for (const p of gold.propositions) for (const m of p.mentions) {
  const s = text[m.file]?.indexOf(m.evidence) ?? -1;
  if (s >= 0) (spans[m.file] ??= []).push([s, s + m.evidence.length, p.id]);
}
for (const [f, a] of Object.entries(spans)) {
  a.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < a.length; i++) if (a[i][0] < a[i - 1][1]) err(`${f}: evidence of ${a[i - 1][2]} and ${a[i][2]} overlap`);
}

// --- entities and boilerplate
const all = Object.values(text).join("\n");
for (const e of gold.entities ?? [])
  for (const a of e.aliases) if (!all.toLowerCase().includes(a.toLowerCase())) err(`entity ${e.canonical}: alias "${a}" not in any report`);
for (const [f, lines] of Object.entries(gold.boilerplate ?? {}))
  for (const l of lines) { const n = count(text[f] ?? "", l); if (n !== 1) err(`boilerplate @ ${f}: found ${n} times: ${l}`); }
for (const p of gold.propositions) for (const m of p.mentions) for (const l of gold.boilerplate?.[m.file] ?? []) {
  const t = text[m.file], a = t.indexOf(m.evidence), b = t.indexOf(l);
  if (a < b + l.length && b < a + m.evidence.length) err(`${p.id} @ ${m.file}: evidence overlaps boilerplate "${l}"`);
}

// --- story.json
const storyFiles = story.reports.map((r) => path.basename(r.file));
if (JSON.stringify([...storyFiles].sort()) !== JSON.stringify(Object.keys(gold.sources).sort())) err("story.json reports differ from gold sources");
for (const r of story.reports) {
  if (!fs.existsSync(path.join(here, r.file))) err(`story.json: ${r.file} not found`);
  if (!/^https:\/\/[^/]+\.example\//.test(r.url)) err(`story.json: url ${r.url} not on an .example domain`);
  const g = gold.sources[path.basename(r.file)];
  if (g && (g.published ?? null) !== (r.publishedAt ?? null)) err(`story.json: ${r.file} publishedAt differs from gold`);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(story.eventDate)) err("story.json: eventDate must be YYYY-MM-DD");

const byVerdict = {};
for (const p of gold.propositions) byVerdict[p.verdict] = (byVerdict[p.verdict] ?? 0) + 1;
console.log(`${gold.propositions.length} propositions (${Object.entries(byVerdict).map(([k, v]) => `${v} ${k}`).join(", ")}), ${nMentions} mentions, ` +
  `${(gold.entities ?? []).length} entity groups, ${Object.values(gold.boilerplate ?? {}).flat().length} boilerplate lines`);

// --- the shared scorer on an empty analysis
const scorer = process.env.SCORE_MJS ?? path.resolve(here, "../../../shared/eval/score.mjs");
if (!fs.existsSync(scorer)) err(`scorer not found at ${scorer} (set SCORE_MJS)`);
else {
  const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "demo-gold-")), "empty-analysis.json");
  fs.writeFileSync(empty, JSON.stringify({ sources: [], claims: [], clusters: [] }));
  let out;
  try {
    out = execFileSync(process.execPath, [scorer, "--corpus", reportsDir, "--gold", path.join(here, "gold.json"), "--analysis", empty, "--json"], { encoding: "utf8" });
  } catch (e) { out = e.stdout; err(`scorer exited ${e.status}`); }
  const last = out.trim().split("\n").pop();
  console.log(`scorer on an empty analysis: ${last}`);
  const json = JSON.parse(out.slice(0, out.lastIndexOf("\n", out.length - 2) + 1) || "{}");
  if (json.score?.formatProblems !== 0) err(`scorer formatProblems=${json.score?.formatProblems}`);
  if (json.score?.mentionRecall !== 0) err(`scorer mentionRecall=${json.score?.mentionRecall} on an empty analysis`);
  if (json.detail?.missedMentions?.length !== nMentions) err(`scorer saw ${json.detail?.missedMentions?.length} mentions, gold has ${nMentions}`);

  // An "oracle" analysis made from the gold itself must score 1 everywhere: this catches overlapping
  // evidence, values the scorer cannot match, and similar inconsistencies in the gold.
  const files = Object.keys(gold.sources);
  const sources = files.map((f, i) => ({ id: `s${i}`, file: `reports/${f}`,
    family: gold.sources[f].family === "own" ? `own-${i}` : gold.sources[f].family }));
  const sid = Object.fromEntries(files.map((f, i) => [f, `s${i}`]));
  const claims = [], clusters = [];
  gold.propositions.forEach((p, i) => {
    const ids = p.mentions.map((m, j) => {
      const start = text[m.file].indexOf(m.evidence);
      const c = { id: `c${i}.${j}`, sourceId: sid[m.file], start, end: start + m.evidence.length, text: m.evidence, kind: p.kind };
      if (m.value !== undefined) c.quantity = { value: m.value };
      claims.push(c);
      return c.id;
    });
    clusters.push({ id: `k${i}`, claimIds: ids, verdict: p.verdict });
  });
  const entities = (gold.entities ?? []).map((e) => ({ canonical: e.canonical, mentions: e.aliases }));
  const oracle = path.join(path.dirname(empty), "oracle-analysis.json");
  fs.writeFileSync(oracle, JSON.stringify({ sources, claims, clusters, entities }));
  try {
    out = execFileSync(process.execPath, [scorer, "--corpus", reportsDir, "--gold", path.join(here, "gold.json"), "--analysis", oracle, "--json"], { encoding: "utf8" });
  } catch (e) { out = e.stdout; err(`scorer exited ${e.status} on the oracle analysis`); }
  console.log(`scorer on the gold's own oracle analysis: ${out.trim().split("\n").pop()}`);
  const o = JSON.parse(out.slice(0, out.lastIndexOf("\n", out.length - 2) + 1) || "{}").score ?? {};
  for (const k of ["mentionRecall", "valueRecall", "pairPrecision", "pairRecall", "pairF1", "contradictionRecall",
    "singleSourceRight", "familyPairsRight", "entityGroupsRight"]) if (o[k] !== 1) err(`oracle ${k}=${o[k]}, want 1`);
  for (const k of ["contradictionFalseAlarms", "boilerplateClaims", "formatProblems"]) if (o[k] !== 0) err(`oracle ${k}=${o[k]}, want 0`);
}

if (errors.length) { console.log(`${errors.length} problem(s):\n  ${errors.join("\n  ")}`); process.exit(1); }
console.log("gold OK");
