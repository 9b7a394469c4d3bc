import type { EntityMention } from "../entities/find-entities";
import type { Token } from "../nlp/parse-text";
import { MONTHS, SPEECH_VERBS, WEEKDAYS } from "./lexicon";

// Who says or does what in a sentence: the speaker next to a speech verb, the subject of a clause.

const PRONOUNS = new Set(["he", "she", "they", "him", "her"]);

/** The last person named before an offset, for "he" and "she". */
export function lastPersonBefore(persons: EntityMention[], at: number): string | undefined {
  let best: EntityMention | undefined;
  for (const p of persons) if (p.end <= at && (!best || p.end > best.end)) best = p;
  // a description ("the company spokeswoman") stands for the person it was resolved to
  return best ? (best.aliasOf ?? best.text) : undefined;
}

/** Who is speaking in a sentence: the name next to a speech verb ("said Ana", "Ana told"), or the last person named for "he". */
export function findSpeaker(toks: Token[], inQuote: (t: Token) => boolean, lastPerson: string | undefined): string | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (inQuote(t) || t.pos !== "VERB" || !SPEECH_VERBS.has(t.lemma)) continue;
    // "said Kalu" names the speaker; "told Coast Radio" names the listener
    const after = t.lemma === "tell" ? undefined : readNameAt(toks, i + 1, inQuote);
    if (after) return after;
    // up to four words back; a date phrase in between ("he went on Monday to say") is skipped
    for (let k = i - 1, budget = 4; k >= 0 && budget > 0; k--) {
      const p = toks[k]!;
      if (inQuote(p)) break;
      if (isDateWord(p)) {
        if (/^(?:on|since|by|last|this)$/.test(toks[k - 1]?.lower ?? "")) k--;
        continue;
      }
      budget--;
      if (p.pos === "PROPN") return readNameBack(toks, k);
      if (p.pos === "PRON" && PRONOUNS.has(p.lower)) return lastPerson;
    }
  }
  return undefined;
}

function isDateWord(t: Token): boolean {
  return WEEKDAYS.includes(t.lower) || MONTHS.includes(t.lower);
}

export function readNameAt(toks: Token[], i: number, inQuote: (t: Token) => boolean): string | undefined {
  let k = i;
  while (k < toks.length && toks[k]!.pos === "PROPN" && !inQuote(toks[k]!) && !isDateWord(toks[k]!)) k++;
  return k > i ? joinName(toks.slice(i, k)) : undefined;
}

function readNameBack(toks: Token[], k: number): string {
  let s = k;
  for (;;) {
    if (s > 0 && toks[s - 1]!.pos === "PROPN") s--;
    // "Dockers' Union": a plural possessive inside the name
    else if (s > 1 && /^['’]$/.test(toks[s - 1]!.text) && toks[s - 1]!.start === toks[s - 2]!.end && toks[s - 2]!.pos === "PROPN") s -= 2;
    else break;
  }
  return joinName(toks.slice(s, k + 1));
}

/** Tokens joined with the spacing they have in the text, as entity mentions are. */
function joinName(toks: Token[]): string {
  let out = "";
  for (let k = 0; k < toks.length; k++) out += k > 0 && toks[k]!.start > toks[k - 1]!.end ? ` ${toks[k]!.text}` : toks[k]!.text;
  return out;
}

export function subjectOf(pt: Token[], lastPerson: string | undefined): string | undefined {
  for (const t of pt.slice(0, 6)) {
    if (t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (t.pos === "PROPN") return readNameAt(pt, pt.indexOf(t), () => false);
    if (t.pos === "PRON" && PRONOUNS.has(t.lower)) return lastPerson;
  }
  return undefined;
}
