import type { Provenance } from "../types";
import { ruleOn } from "../nlp/rule-switches";
import { headlinePairs, sentenceShingles, sharedSentenceCount } from "./relay-evidence";
import { proseShingles } from "./shingles";

/** `shingles`, when the caller has them from the parsed text, saves reading the text again. */
export type FamilyInput = { id: string; outlet: string | null; title?: string | null; text: string; provenance: Provenance[]; shingles?: Set<number> };
export type FamilyResult = { family: string; familyLabel: string; sharedWith: string[] };

const STRONG: Provenance["kind"][] = ["source-line", "adapted-from", "could-not-verify"];
/** Share of the smaller report's prose 6-grams found in the other: above this one copies the other. */
const SHARED_TEXT_MIN = 0.25;
/** Whole sentences two reports must share to be one story rewritten. */
const MIN_SHARED_SENTENCES = 3;
/** Postings longer than this are boilerplate phrases, not evidence of copying. */
const MAX_POSTING = 64;

/**
 * Reports that copy, adapt or relay the same original form one family. Evidence: provenance lines
 * naming an origin (one strong line, or the same name relayed at least twice) and shared prose.
 */
export function groupFamilies(reports: FamilyInput[]): FamilyResult[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const origin = reports.map(originOf);
  const byOrigin = new Map<string, number>();
  origin.forEach((o, i) => {
    if (!o) return;
    const key = o.toLowerCase();
    if (byOrigin.has(key)) union(byOrigin.get(key)!, i);
    else byOrigin.set(key, i);
  });
  const sharedWith = reports.map(() => [] as string[]);
  for (const [a, b] of findCopies(reports)) {
    union(a, b);
    sharedWith[a]!.push(reports[b]!.id);
    sharedWith[b]!.push(reports[a]!.id);
  }
  // Rewrites: whole sentences taken over, or one headline reworded (a story's handful of reports only)
  const why = reports.map(() => [] as string[]);
  if (ruleOn("relays") && reports.length <= 20) {
    const sentences = reports.map((r) => sentenceShingles(r.text));
    const sameHeadline = headlinePairs(reports.map((r) => r.title));
    const name = (k: number) => reports[k]!.outlet ?? reports[k]!.id;
    for (let a = 0; a < reports.length; a++)
      for (let b = a + 1; b < reports.length; b++) {
        if (find(a) === find(b)) continue;
        const shared = sharedSentenceCount(sentences[a]!, sentences[b]!);
        const reason = shared >= MIN_SHARED_SENTENCES ? `shares ${shared} sentences with` : sameHeadline(a, b) ? "has the headline of" : null;
        if (!reason) continue;
        union(a, b);
        sharedWith[a]!.push(reports[b]!.id);
        sharedWith[b]!.push(reports[a]!.id);
        why[b]!.push(`${reason} ${name(a)}`);
        why[a]!.push(`${reason} ${name(b)}`);
      }
  }
  return reports.map((r, i) => {
    const root = find(i);
    const members = reports.map((_, k) => k).filter((k) => find(k) === root);
    const named = members.map((k) => origin[k]).find(Boolean) ?? reports[root]!.outlet;
    // A family with no outlet named anywhere keeps its root report's id as its key (so two such
    // families never merge), and is shown by the report's headline rather than by that id.
    const base = named ?? (reports[root]!.title ? `“${reports[root]!.title}”` : "Unnamed source");
    // a family found from rewriting, with no origin named, says why its reports are one source
    const label = !named && why[i]!.length ? `${base} (${why[i]![0]})` : base;
    return { family: `f-${slug(named ?? reports[root]!.id)}`, familyLabel: label, sharedWith: sharedWith[i]! };
  });
}

function originOf(r: FamilyInput): string | null {
  const strong = r.provenance.find((p) => STRONG.includes(p.kind));
  if (strong) return strong.name;
  const counts = new Map<string, number>();
  for (const p of r.provenance) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best && best[1] >= 2 ? best[0] : null;
}

function findCopies(reports: FamilyInput[]): [number, number][] {
  // Large batches keep a fixed quarter of the shingles (by hash): the overlap ratio survives sampling.
  const keep = reports.length > 20 ? (h: number) => (h & 3) === 0 : () => true;
  const sets = reports.map((r) => {
    const all = r.shingles ?? proseShingles(r.text);
    if (reports.length <= 20) return all;
    const kept = new Set<number>();
    for (const h of all) if (keep(h)) kept.add(h);
    return kept;
  });
  // A story's handful of reports: compare each pair's sets directly, with nothing to allocate.
  if (reports.length <= 20) return pairsSharing(sets);
  const postings = new Map<number, number[]>();
  sets.forEach((s, i) => {
    for (const h of s) {
      const list = postings.get(h);
      if (!list) postings.set(h, [i]);
      else if (list.length < MAX_POSTING) list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * 1_000_000 + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const pairs: [number, number][] = [];
  for (const [key, n] of shared) {
    const a = Math.floor(key / 1_000_000), b = key % 1_000_000;
    if (n / Math.max(1, Math.min(sets[a]!.size, sets[b]!.size)) >= SHARED_TEXT_MIN) pairs.push([a, b]);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function pairsSharing(sets: Set<number>[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < sets.length; a++)
    for (let b = a + 1; b < sets.length; b++) {
      const [small, large] = sets[a]!.size <= sets[b]!.size ? [sets[a]!, sets[b]!] : [sets[b]!, sets[a]!];
      if (small.size === 0) continue;
      let n = 0;
      for (const h of small) if (large.has(h)) n++;
      if (n / small.size >= SHARED_TEXT_MIN) pairs.push([a, b]);
    }
  return pairs;
}

export function slug(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
