import type { Token } from "../nlp/parse-text";
import { transliterationKey } from "../entities/transliteration-key";
import { STOPWORDS, WEEKDAYS } from "./lexicon";
import { PHRASES, SYNONYMS } from "./paraphrases";

/** Lemmas that carry meaning, with reporters' synonyms and phrases folded together, for matching claims. */
export function contentWords(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cw === undefined) t.cw = PHRASES.has(t.lemma) ? readPhrase(tokens, k) : contentFormOf(t);
    if (t.cw !== null) out.push(t.cw);
  }
  return out;
}

/** "walk away", "held to account": the phrase's form on its first word, nothing on the others. */
function readPhrase(tokens: Token[], k: number): string | null {
  for (const { rest, form } of PHRASES.get(tokens[k]!.lemma)!) {
    if (!rest.every((w, n) => tokens[k + 1 + n]?.lemma === w)) continue;
    for (let n = 1; n <= rest.length; n++) tokens[k + n]!.cw = null;
    return form;
  }
  return contentFormOf(tokens[k]!);
}

const FUNCTION_POS = new Set(["PUNCT", "DET", "ADP", "CCONJ", "PRON", "AUX", "PART", "SCONJ"]);

function contentFormOf(t: Token): string | null {
  if (FUNCTION_POS.has(t.pos)) return null;
  // Weekdays are compared by the verdict, not matched: two reports giving different days are the point.
  if (WEEKDAYS.includes(t.lower)) return null;
  if (STOPWORDS.has(t.lower) || STOPWORDS.has(t.lemma) || t.lower.length < 2 || !/[a-z0-9]/.test(t.lower)) return null;
  if (t.pos === "PROPN" || (t.pos === "ADJ" && /^[A-Z]/.test(t.text))) return foldDemonym(transliterationKey(t.text));
  return foldWord(t.lemma);
}

export function foldWord(l: string): string {
  const s = SYNONYMS.get(l);
  if (s) return s;
  // plural and possessive noise
  if (l.endsWith("’s") || l.endsWith("'s")) return foldWord(l.slice(0, -2));
  // an act named by its noun meets its verb: "inspection" / "inspected", "evacuation" / "evacuated"
  if (l.length >= 8 && l.endsWith("ction")) return l.slice(0, -3);
  if (l.length >= 9 && l.endsWith("ation")) return `${l.slice(0, -3)}e`;
  return l;
}

/** "Ruritanian" and "Ruritania" should meet: strip demonym and country endings from capitalised words. */
export function foldDemonym(key: string): string {
  if (key.length < 5 || key.includes(" ")) return key;
  return key.replace(/(?:ians?|eans?|ans?|ese|ish|ia|a|e)$/, "");
}
