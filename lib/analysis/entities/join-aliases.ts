import type { EntityType } from "./find-entities";

// Names of one organisation or place that differ by more than spelling: an acronym and the name whose
// initials it spells ("KAC" / "Korea Airports Corporation", "FO" / "Force Ouvriere"), and a shorter name
// whose words all belong to one longer name of the same kind ("Transport Ministry" / "Ministry of Land,
// Infrastructure and Transport", "Muan Airport" / "Muan International Airport").

const DEMONYM_LEAD = /^(?:(?:south|north|east|west|new) )?[a-z]{2,}(?:ean|ian|ese|ish|can)\s(?=\S+ \S)/;
const LINKING = new Set(["of", "and", "the", "for", "de", "du", "des", "la", "le", "el", "al", "in", "on", "et"]);

/** Keys are transliteration keys (lower case, words by spaces); union joins two keys' groups. */
export function joinAliases(
  keys: string[],
  typeOf: (k: string) => EntityType,
  isAcronym: (k: string) => boolean,
  find: (k: string) => string,
  union: (a: string, b: string) => void,
): void {
  const multi = keys.filter((k) => k.includes(" ") && typeOf(k) !== "person");
  const initials = new Map<string, string[]>();
  for (const k of multi) {
    const words = k.split(" ");
    const forms = new Set([
      words.map((w) => w[0]).join(""),
      words
        .filter((w) => !LINKING.has(w))
        .map((w) => w[0])
        .join(""),
    ]);
    for (const f of forms) if (f.length >= 2) initials.set(f, [...(initials.get(f) ?? []), k]);
  }
  for (const k of keys) {
    if (k.includes(" ") || k.length > 6 || !isAcronym(k)) continue;
    const named = initials.get(k);
    if (named && new Set(named.map(find)).size === 1) union(named[0]!, k);
  }
  // "South Korean Ministry of Transport" is the ministry of the "Ministry of Transport": a leading demonym goes
  const contentOf = (k: string) =>
    k
      .replace(DEMONYM_LEAD, "")
      .split(" ")
      .filter((w) => !LINKING.has(w));
  const bags = new Map<string, string[]>();
  for (const k of multi) {
    const bag = [...new Set(contentOf(k))].sort().join(" ");
    bags.set(bag, [...(bags.get(bag) ?? []), k]);
  }
  // "Transport Ministry" / "Ministry of Transport": the same words in another order
  for (const same of bags.values()) for (const k of same.slice(1)) if (typeOf(k) === typeOf(same[0]!)) union(same[0]!, k);
  for (const short of multi) {
    const words = contentOf(short);
    if (words.length < 2) continue;
    const supersets = multi.filter(
      (long) =>
        find(long) !== find(short) &&
        typeOf(long) === typeOf(short) &&
        words.every((w) => contentOf(long).includes(w)) &&
        contentOf(long).length > words.length,
    );
    if (supersets.length && new Set(supersets.map(find)).size === 1) union(supersets[0]!, short);
  }
}
