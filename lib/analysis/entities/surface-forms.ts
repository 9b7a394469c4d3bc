import type { Entity } from "../types";
import { forEachCapitalisedRun, forEachWordRun } from "../lexical/word-runs";
import { transliterationKey, withinEdits } from "./transliteration-key";

// Forms of a known name that the name finder passed over, read back from the texts: "Al-Haouz" when
// "Al Haouz" is known, "transport ministry" in lower case, "Mr Macron" for Emmanuel Macron, "MAP" after
// "Maghreb Arabe Press (MAP)". Each is listed as a mention of its entity.

/** the longest run of capitalised words read as one name ("Korea Airports Corporation …") */
const RUN_WORDS = 8;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Madame|Monsieur|Mme|M\.)\.? (\p{Lu}[\p{L}’'-]+)/gu;
const ACRONYM_IN_BRACKETS = / \((\p{Lu}{2,6})\)/gu;
/** the name an acronym in brackets follows, read back from the bracket (a regex tried at every capital was slow) */
const DEFINED_NAME = /(\p{Lu}[\p{L}’'-]*(?: (?:of|and|the|de|du|des|la|le|for)?\s?\p{Lu}[\p{L}’'-]*){1,6})$/u;
const NAME_REACH = 240;
const DEMONYM_LEAD = /^(?:(?:South|North|East|West|New) )?\p{Lu}\p{Ll}+(?:ean|ian|ese|ish|can) (?=\p{Lu}\S* \S)/u;
const MAX_TEXT = 200_000;

export function addSurfaceForms(entities: Entity[], texts: string[]): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const n of e.mentions) if (n.length >= 4) byKey.set(transliterationKey(n), e);
  const bySurname = new Map<string, Entity>();
  for (const e of entities)
    if (e.type === "person")
      for (const n of e.mentions) {
        const parts = n.split(" ");
        if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!, e);
      }
  // "Marseilles" opening a sentence, where the name finder does not look, for the "Marseille" known elsewhere;
  // "Maghreb Arabe Presse" in a credit line for the "Maghreb Arabe Press" of the story
  // bucketed by first letter and length, so each run is compared with the few keys one edit can reach
  const known = new Map<string, [string, Entity][]>();
  const bucket = (k: string, length: number) => `${k[0]}${length}`;
  for (const [k, e] of byKey) if (k.length >= 6) known.set(bucket(k, k.length), [...(known.get(bucket(k, k.length)) ?? []), [k, e]]);
  const words = (k: string) => k.split(" ").length;
  const oneEditAway = (key: string): Entity | undefined => {
    if (key.length < 6) return undefined;
    const candidates = [key.length - 1, key.length, key.length + 1].flatMap((n) => known.get(bucket(key, n)) ?? []);
    const near = new Set(candidates.filter(([k]) => words(k) === words(key) && withinEdits(k, key, 1)).map(([, e]) => e));
    return near.size === 1 ? [...near][0] : undefined;
  };
  // "What Really Happened At Muan Airport": the run's last words, when they are a shorter form of a
  // known place or organisation with the same last word ("Muan International Airport")
  const byHead = new Map<string, { words: string[]; e: Entity }[]>();
  for (const e of entities) {
    if (e.type === "person") continue;
    for (const n of e.mentions) {
      const words = n.split(" ");
      if (words.length >= 3) byHead.set(words[words.length - 1]!, [...(byHead.get(words[words.length - 1]!) ?? []), { words, e }]);
    }
  }
  const shortFormOf = (form: string): { e: Entity; form: string } | undefined => {
    const words = form.split(" ");
    const candidates = byHead.get(words[words.length - 1]!);
    if (!candidates || words.length < 2) return undefined;
    for (let k = 0; k + 2 <= words.length; k++) {
      const tail = words.slice(k);
      const found = new Set(candidates.filter((c) => c.words.length > tail.length && tail.every((w) => c.words.includes(w))).map((c) => c.e));
      if (found.size === 1) return { e: [...found][0]!, form: tail.join(" ") };
    }
    return undefined;
  };
  // (a set beside each entity's list: a name in every report of a large story gathers many forms)
  const has = new Map(entities.map((e) => [e, new Set(e.mentions)]));
  const add = (e: Entity, form: string) => {
    const forms = has.get(e)!;
    if (forms.has(form)) return;
    forms.add(form);
    e.mentions.push(form);
  };
  // a capitalised run and the entity it names, if any; the same runs recur in every report of a story
  const formOf = (run: string): { e: Entity; form: string } | null => {
    const form = run.replace(/[’']s$|[.’'-]+$/, "");
    if (form.length < 4) return null;
    const e = byKey.get(transliterationKey(form)) ?? oneEditAway(transliterationKey(form));
    return e ? { e, form } : (shortFormOf(form) ?? null);
  };
  const seen = new Map<string, { e: Entity; form: string } | null>();
  // "South Korean Ministry of Transport" is the "Ministry of Transport", told whose
  for (const e of entities)
    if (e.type === "org")
      for (const n of [...e.mentions]) {
        const bare = n.replace(DEMONYM_LEAD, "");
        if (bare !== n) add(e, bare);
      }
  for (const raw of texts) {
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    forEachCapitalisedRun(text, RUN_WORDS, (start, end) => {
      const run = text.slice(start, end);
      let hit = seen.get(run);
      if (hit === undefined) seen.set(run, (hit = formOf(run)));
      if (hit) add(hit.e, hit.form);
    });
    for (const m of text.matchAll(HONORIFIC)) {
      const e = bySurname.get(m[1]!);
      if (e) add(e, m[0]);
    }
    let after = 0;
    for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
      const name = DEFINED_NAME.exec(text.slice(Math.max(after, m.index - NAME_REACH), m.index))?.[1];
      after = m.index + m[0].length;
      const e = name ? byKey.get(transliterationKey(name)) : undefined;
      if (e && e.type !== "person") add(e, m[1]!);
    }
  }
  // a known name of several words written in lower case ("the transport ministry"), forms above included
  const lowerNames = new Map<string, Entity>();
  for (const e of entities) if (e.type !== "person") for (const n of e.mentions) if (n.includes(" ") && /^\p{Lu}/u.test(n)) lowerNames.set(n.toLowerCase(), e);
  // each text is read once: a name is looked for where a word starts (not inside one), by its first letter
  const byFirstChar = new Map<number, [string, Entity][]>();
  for (const [needle, e] of lowerNames) {
    const c = needle.charCodeAt(0);
    byFirstChar.set(c, [...(byFirstChar.get(c) ?? []), [needle, e]]);
  }
  for (const raw of texts) {
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    const lower = text.toLowerCase();
    forEachWordRun(lower, (at) => {
      const list = byFirstChar.get(lower.charCodeAt(at));
      if (list) for (const [needle, e] of list) if (lower.startsWith(needle, at)) add(e, text.slice(at, at + needle.length));
    });
  }
  for (const e of entities) e.mentions.sort();
}
