import type { Token } from "../nlp/parse-text";
import { transliterationKey } from "../entities/transliteration-key";
import { STOPWORDS, SYNONYMS } from "./lexicon";

/** Lemmas that carry meaning, with reporters' synonyms folded together, for matching claims. */
export function contentWords(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.pos === "PUNCT" || t.pos === "DET" || t.pos === "ADP" || t.pos === "CCONJ" || t.pos === "PRON" || t.pos === "AUX" || t.pos === "PART" || t.pos === "SCONJ") continue;
    const l = t.pos === "PROPN" || /^[A-Z]/.test(t.text) && t.pos === "NOUN" ? transliterationKey(t.text) : t.lemma;
    if (STOPWORDS.has(l) || l.length < 2 || !/[a-z0-9]/.test(l)) continue;
    out.push(foldWord(l));
  }
  return out;
}

export function foldWord(l: string): string {
  const s = SYNONYMS[l];
  if (s) return s;
  // plural and possessive noise
  if (l.endsWith("’s") || l.endsWith("'s")) return foldWord(l.slice(0, -2));
  return l;
}
