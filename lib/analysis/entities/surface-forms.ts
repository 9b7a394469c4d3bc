import type { Entity } from "../types";
import { transliterationKey, withinEdits } from "./transliteration-key";

// Forms of a known name that the name finder passed over, read back from the texts: "Al-Haouz" when
// "Al Haouz" is known, "transport ministry" in lower case, "Mr Macron" for Emmanuel Macron, "MAP" after
// "Maghreb Arabe Press (MAP)". Each is listed as a mention of its entity.

const CAPITALISED_RUN = /\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*){0,4}/gu;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Madame|Monsieur|Mme|M\.)\.? (\p{Lu}[\p{L}’'-]+)/gu;
const DEFINED_ACRONYM = /(\p{Lu}[\p{L}’'-]*(?: (?:of|and|the|de|du|des|la|le|for)?\s?\p{Lu}[\p{L}’'-]*){1,6}) \((\p{Lu}{2,6})\)/gu;
const DEMONYM_LEAD = /^(?:(?:South|North|East|West|New) )?\p{Lu}\p{Ll}+(?:ean|ian|ese|ish|can) (?=\p{Lu}\S* \S)/u;
const MAX_TEXT = 200_000;

export function addSurfaceForms(entities: Entity[], texts: string[]): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const n of e.mentions) if (n.length >= 4) byKey.set(transliterationKey(n), e);
  const bySurname = new Map<string, Entity>();
  for (const e of entities) if (e.type === "person") for (const n of e.mentions) { const parts = n.split(" "); if (parts.length >= 2) bySurname.set(parts[parts.length - 1]!, e); }
  // "Marseilles" opening a sentence, where the name finder does not look, for the "Marseille" known elsewhere;
  // "Maghreb Arabe Presse" in a credit line for the "Maghreb Arabe Press" of the story
  const known = [...byKey.entries()].filter(([k]) => k.length >= 6);
  const words = (k: string) => k.split(" ").length;
  const oneEditAway = (key: string): Entity | undefined => {
    if (key.length < 6) return undefined;
    const near = new Set(known.filter(([k]) => k[0] === key[0] && words(k) === words(key) && withinEdits(k, key, 1)).map(([, e]) => e));
    return near.size === 1 ? [...near][0] : undefined;
  };
  const add = (e: Entity, form: string) => { if (!e.mentions.includes(form)) e.mentions.push(form); };
  // "South Korean Ministry of Transport" is the "Ministry of Transport", told whose
  for (const e of entities) if (e.type === "org") for (const n of [...e.mentions]) { const bare = n.replace(DEMONYM_LEAD, ""); if (bare !== n) add(e, bare); }
  for (const raw of texts) {
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const form = m[0].replace(/[’']s$|[.’'-]+$/, "");
      const key = transliterationKey(form);
      const e = form.length >= 4 ? byKey.get(key) ?? oneEditAway(key) : undefined;
      if (e) add(e, form);
    }
    for (const m of text.matchAll(HONORIFIC)) {
      const e = bySurname.get(m[1]!);
      if (e) add(e, m[0]);
    }
    for (const m of text.matchAll(DEFINED_ACRONYM)) {
      const e = byKey.get(transliterationKey(m[1]!));
      if (e && e.type !== "person") add(e, m[2]!);
    }
    // a known name of several words written in lower case ("the transport ministry")
    const lower = text.toLowerCase();
    for (const e of entities) {
      if (e.type === "person") continue;
      for (const n of [...e.mentions]) {
        if (!n.includes(" ") || n !== n.replace(/^\p{Ll}/u, "")) continue;
        const needle = n.toLowerCase();
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) add(e, text.slice(at, at + n.length));
      }
    }
  }
  for (const e of entities) e.mentions.sort();
}
