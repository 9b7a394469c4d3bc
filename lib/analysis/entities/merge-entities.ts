import type { Entity } from "../types";
import type { EntityMention, EntityType } from "./find-entities";
import { ruleOn } from "../nlp/rule-switches";
import { joinAliases } from "./join-aliases";
import { transliterationKey, withinEdits } from "./transliteration-key";

export type MentionRef = { reportIndex: number; mention: EntityMention };
export type MergedEntities = { entities: Entity[]; entityOf: (name: string) => string | undefined };

type Group = { key: string; names: Map<string, number>; votes: Record<EntityType, number>; sure: EntityType | null; roles: Set<string>; placeCues: number };

/** Groups name mentions from all reports into entities: transliteration variants, surname-only mentions. */
export function mergeEntities(mentions: MentionRef[], rolesByName: Map<string, string[]>): MergedEntities {
  const groups = new Map<string, Group>();
  for (const { mention } of mentions) {
    const key = transliterationKey(mention.text);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, names: new Map(), votes: { person: 0, place: 0, org: 0 }, sure: null, roles: new Set(), placeCues: 0 }));
    g.names.set(mention.text, (g.names.get(mention.text) ?? 0) + 1);
    g.votes[mention.type]++;
    if (mention.placeCue) g.placeCues++;
    if (mention.typeSure) g.sure ??= mention.type;
  }
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a),
      rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const keys = [...groups.keys()].sort();
  // Near-identical spellings of longer names (one edit apart, same initial): Harkov / Harkiv.
  const byInitial = new Map<string, string[]>();
  for (const k of keys) {
    const bucket = `${k[0]}${k.split(" ").length}`;
    byInitial.set(bucket, [...(byInitial.get(bucket) ?? []), k]);
  }
  for (const bucket of byInitial.values()) {
    for (let a = 0; a < bucket.length && bucket.length < 400; a++)
      for (let b = a + 1; b < bucket.length; b++) if (bucket[a]!.length >= 6 && withinEdits(bucket[a]!, bucket[b]!, 1)) union(bucket[a]!, bucket[b]!);
  }
  // A surname alone joins the one multi-word person name that ends with it.
  const bySurname = new Map<string, string[]>();
  for (const k of keys) {
    const parts = k.split(" ");
    const g = groups.get(k)!;
    if (parts.length >= 2 && parts.length <= 3 && typeOf(g) === "person") {
      const last = parts[parts.length - 1]!;
      bySurname.set(last, [...(bySurname.get(last) ?? []), k]);
    }
  }
  for (const k of keys) {
    if (k.includes(" ")) continue;
    const full = bySurname.get(k) ?? [...bySurname.entries()].find(([s]) => s.length >= 6 && withinEdits(s, k, 1))?.[1];
    if (full && new Set(full.map(find)).size === 1) union(full[0]!, k);
  }
  // Descriptions resolved in their report ("the company spokeswoman" → the named spokeswoman).
  for (const { mention } of mentions) {
    if (!mention.aliasOf) continue;
    const a = transliterationKey(mention.text),
      b = transliterationKey(mention.aliasOf);
    if (groups.has(a) && groups.has(b)) union(b, a);
  }
  // A company name with a legal or group suffix is the company: "Acme Freight Group" / "Acme Freight".
  for (const k of keys) {
    const m = CORPORATE_SUFFIX_RE.exec(k);
    if (m && groups.has(m[1]!) && typeOf(groups.get(m[1]!)!) !== "person") union(m[1]!, k);
  }
  // An organisation's first word alone ("Acme" for "Acme Freight") when no other name starts with it
  // (names already joined, like "Acme Freight" and "Acme Freight Group", count as one).
  const byFirst = new Map<string, string[]>();
  for (const k of keys)
    if (k.includes(" ") && typeOf(groups.get(k)!) !== "person") byFirst.set(k.split(" ")[0]!, [...(byFirst.get(k.split(" ")[0]!) ?? []), k]);
  for (const k of keys) {
    const orgs = byFirst.get(k);
    if (k.includes(" ") || !orgs || !mostlyNotPlace(groups.get(k)!) || new Set(orgs.map(find)).size !== 1) continue;
    if (!keys.some((o) => o.startsWith(`${k} `) && find(o) !== find(orgs[0]!))) union(orgs[0]!, k);
  }
  if (ruleOn("name-aliases")) joinByMembership(mentions, groups, find, union);
  if (ruleOn("name-aliases"))
    joinAliases(
      keys,
      (k) => typeOf(groups.get(k)!),
      (k) => [...groups.get(k)!.names.keys()].some((n) => /^[A-Z]{2,6}$/.test(n)),
      find,
      union,
    );
  const members = new Map<string, Group[]>();
  for (const k of keys) members.set(find(k), [...(members.get(find(k)) ?? []), groups.get(k)!]);
  const entities: Entity[] = [];
  const described = new Set(mentions.filter((m) => m.mention.aliasOf).map((m) => m.mention.text));
  const idOfName = new Map<string, string>();
  for (const gs of members.values()) {
    const names = new Map<string, number>();
    const votes: Record<EntityType, number> = { person: 0, place: 0, org: 0 };
    let sure: EntityType | null = null;
    for (const g of gs) {
      for (const [n, c] of g.names) names.set(n, (names.get(n) ?? 0) + c);
      for (const t of ["person", "place", "org"] as const) votes[t] += g.votes[t];
      sure ??= g.sure;
    }
    if (gs.length > 1 && gs.some((g) => g.key.includes(" ")) && gs.some((g) => !g.key.includes(" "))) sure ??= "person";
    const canonical = [...names.entries()]
      .filter(([n]) => !described.has(n) || names.size === 1)
      .sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const id = `e-${transliterationKey(canonical).replace(/ /g, "-")}`;
    const roles = [...new Set([...names.keys()].flatMap((n) => rolesByName.get(n) ?? []))];
    const type = sure ?? topVote(votes);
    // A person may be named by surname alone in reports not yet seen: list those forms as aliases.
    const aliases =
      type === "person"
        ? [...new Set([...names.keys()].filter((n) => /^[A-Z]\S+ [A-Z]\S+$/.test(n)).map((n) => n.split(" ")[1]!))].filter((n) => !names.has(n)).sort()
        : [];
    entities.push({ id, canonical, type, mentions: [...names.keys()].sort(), ...(aliases.length ? { aliases } : {}), ...(roles.length ? { roles } : {}) });
    for (const n of names.keys()) idOfName.set(n, id);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entities, entityOf: (name) => idOfName.get(name) };
}

const CORPORATE_SUFFIX_RE = /^(.+?) (?:group|holdings?|inc|incorporated|ltd|limited|plc|llc|corp|corporation|company|co|ag|sa|se|nv|gmbh)$/;

/** "Shares in Acme" gives a company one place cue; a name mostly read as a place is a place. */
function mostlyNotPlace(g: Group): boolean {
  let n = 0;
  for (const c of g.names.values()) n += c;
  return g.placeCues === 0 || (g.sure !== "place" && g.placeCues * 3 <= n);
}

function typeOf(g: Group): EntityType {
  return g.sure ?? topVote(g.votes);
}

function topVote(v: Record<EntityType, number>): EntityType {
  return v.person >= v.place && v.person >= v.org ? "person" : v.org >= v.place ? "org" : "place";
}

/**
 * One person said in two reports to belong to "the Workers' Force union" and "the Force Ouvriere union":
 * two names of one body (a translation the reports pair through the person), when the noun after both
 * names is the same and the names share a word.
 */
function joinByMembership(mentions: MentionRef[], groups: Map<string, Group>, find: (k: string) => string, union: (a: string, b: string) => void): void {
  const byPerson = new Map<string, Map<string, string[]>>();
  for (const { mention } of mentions) {
    if (!mention.memberOf) continue;
    const person = transliterationKey(mention.text),
      org = transliterationKey(mention.memberOf.org);
    if (!groups.has(person) || !groups.has(org)) continue;
    const heads = byPerson.get(find(person)) ?? new Map<string, string[]>();
    heads.set(mention.memberOf.head, [...(heads.get(mention.memberOf.head) ?? []), org]);
    byPerson.set(find(person), heads);
  }
  for (const heads of byPerson.values())
    for (const orgs of heads.values()) {
      const [first, ...rest] = [...new Set(orgs)];
      for (const other of rest) if (first!.split(" ").some((w) => w.length >= 3 && other.split(" ").includes(w))) union(first!, other);
    }
}
