import type { Provenance } from "../types";
import { ruleOn } from "../nlp/rule-switches";
import { findRelays, type RelayInput } from "./find-relays";
import { proseShingles } from "./shingles";

/**
 * `shingles`, when the caller has them from the parsed text, saves reading the text again. `credits`,
 * `quotes` and `figures` are relay evidence (agencies the page credits, its quotations, its figures).
 */
export type FamilyInput = {
  id: string;
  outlet: string | null;
  title?: string | null;
  text: string;
  provenance: Provenance[];
  shingles?: Set<number>;
} & Partial<Pick<RelayInput, "credits" | "quotes" | "figures">>;
export type FamilyResult = { family: string; familyLabel: string; sharedWith: string[] };

const STRONG: Provenance["kind"][] = ["source-line", "adapted-from", "could-not-verify"];
/** Share of the smaller report's prose 6-grams found in the other: above this one copies the other. */
const SHARED_TEXT_MIN = 0.25;
/** Postings longer than this are boilerplate phrases, not evidence of copying. */
const MAX_POSTING = 64;

/**
 * Reports that copy, adapt or relay the same original form one family. Evidence: provenance lines
 * naming an origin (one strong line, or the same name relayed at least twice), shared prose, and the
 * rewrites find-relays.ts finds (sentences, credited agencies, quotes, headlines, figures). A family
 * made from copied or rewritten text says why in its label: "AFP (shares a quote of X with Y, which credits AFP)".
 */
export function groupFamilies(reports: FamilyInput[]): FamilyResult[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a),
      rb = find(b);
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
  const { copies, share } = findCopies(reports);
  const why = reports.map(() => [] as string[]);
  const name = (k: number) => reports[k]!.outlet ?? reports[k]!.id;
  for (const [a, b] of copies) {
    union(a, b);
    sharedWith[a]!.push(reports[b]!.id);
    sharedWith[b]!.push(reports[a]!.id);
    const percent = Math.round(share(a, b) * 100);
    if (percent)
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const)
        why[self]!.push(`shares ${percent}% of its wording with ${name(other)}`);
  }
  // Rewrites: sentences taken over, an agency credited with something shared, one headline reworded with
  // something shared, one set of figures (a story's handful of reports only)
  const agency = reports.map((): string | undefined => undefined);
  if (ruleOn("relays") && reports.length <= 20) {
    const inputs = reports.map((r, i): RelayInput => ({
      outlet: r.outlet ?? r.id,
      title: r.title,
      text: r.text,
      quotes: r.quotes ?? [],
      figures: r.figures ?? [],
      // a page that credits its own outlet ("told ORV News") credits no one else
      credits: (r.credits ?? []).filter((c) => !(r.outlet ?? "").toLowerCase().includes(c.toLowerCase())),
      copyShare: (other) => share(i, other),
    }));
    for (const relay of findRelays(inputs)) {
      const { a, b } = relay;
      if (relay.agency) agency[a] = agency[b] = relay.agency;
      if (find(a) === find(b)) continue;
      union(a, b);
      sharedWith[a]!.push(reports[b]!.id);
      sharedWith[b]!.push(reports[a]!.id);
      why[a]!.push(relay.why(a));
      why[b]!.push(relay.why(b));
    }
  }
  return reports.map((r, i) => {
    const root = find(i);
    const members = reports.map((_, k) => k).filter((k) => find(k) === root);
    const named = members.map((k) => origin[k] ?? agency[k]).find(Boolean) ?? reports[root]!.outlet;
    // A family with no outlet named anywhere keeps its root report's id as its key (so two such
    // families never merge), and is shown by the report's headline rather than by that id.
    const base = named ?? (reports[root]!.title ? `“${reports[root]!.title}”` : "Unnamed source");
    // a family found from copied or rewritten text says why its reports are one source
    const label = why[i]!.length ? `${base} (${why[i]![0]})` : base;
    // an agency credited by rewrites of two stories names two families: the root tells them apart
    const fromAgency = !members.some((k) => origin[k]) && members.some((k) => agency[k]);
    return {
      family: `f-${slug(named ?? reports[root]!.id)}${fromAgency ? `-${slug(reports[root]!.id)}` : ""}`,
      familyLabel: label,
      sharedWith: sharedWith[i]!,
    };
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

/** Pairs that copy one another, and (for a story's handful of reports) each pair's share of common prose. */
function findCopies(reports: FamilyInput[]): { copies: [number, number][]; share: (a: number, b: number) => number } {
  // Large batches keep a fixed quarter of the shingles (by hash): the overlap ratio survives sampling.
  const keep = reports.length > 20 ? (h: number) => (h & 3) === 0 : () => true;
  const sets = reports.map((r) => {
    const all = r.shingles ?? proseShingles(r.text);
    if (reports.length <= 20) return all;
    const kept = new Set<number>();
    for (const h of all) if (keep(h)) kept.add(h);
    return kept;
  });
  // A story's handful of reports: compare each pair's sets directly.
  if (reports.length <= 20) {
    const shares = pairShares(sets);
    const copies: [number, number][] = [];
    for (let a = 0; a < sets.length; a++) for (let b = a + 1; b < sets.length; b++) if (shares[a]![b]! >= SHARED_TEXT_MIN) copies.push([a, b]);
    return { copies, share: (a, b) => shares[Math.min(a, b)]![Math.max(a, b)]! };
  }
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
    const a = Math.floor(key / 1_000_000),
      b = key % 1_000_000;
    if (n / Math.max(1, Math.min(sets[a]!.size, sets[b]!.size)) >= SHARED_TEXT_MIN) pairs.push([a, b]);
  }
  return { copies: pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]), share: () => 0 };
}

/** shares[a][b] (a < b): the share of the smaller set's shingles found in the other. */
function pairShares(sets: Set<number>[]): number[][] {
  return sets.map((_, a) =>
    sets.map((__, b) => {
      if (b <= a) return 0;
      const [small, large] = sets[a]!.size <= sets[b]!.size ? [sets[a]!, sets[b]!] : [sets[b]!, sets[a]!];
      if (small.size === 0) return 0;
      let n = 0;
      for (const h of small) if (large.has(h)) n++;
      return n / small.size;
    }),
  );
}

export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}
