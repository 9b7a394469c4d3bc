import type { Token } from "../nlp/parse-text";
import { SPEECH_VERBS } from "./lexicon";

// Shapes of clauses the sentence splitter cuts at: the start of a new clause, a trailing who-said, a
// participle or appositive phrase after a comma.

const MODIFIED = /^(?:the|a|an|its|his|her|their|our|this|that)$/;
const SUBJECT_POS = /^(?:PRON|PROPN|NOUN|DET|ADJ)$/;
const SUBJECT_LINK = /^(?:for|of|at|from|with|in)$/;

export const isVerb = (t: Token | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX");
export const isSpeech = (t: Token | undefined) => !!t && t.pos === "VERB" && SPEECH_VERBS.has(t.lemma);

/** A subject (up to four words) then a verb, or a verb straight away: the start of a new clause. */
export function startsClause(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first) return false;
  if (first.lower === "to") return false; // an infinitive continues the verb before it
  if (isVerb(first) || first.lower === "that") return true;
  // "and on Tuesday she announced": a short time phrase may come before the new subject
  if (
    first.pos === "ADP" &&
    /^(?:on|by|in|at)$/.test(first.lower) &&
    tokens[i + 1]?.pos === "PROPN" &&
    tokens[i + 2] &&
    /^(?:PRON|PROPN|NOUN|DET)$/.test(tokens[i + 2]!.pos)
  )
    return startsClause(tokens, i + 2);
  // up to six words of subject: "its chief executive Oscar Lindqvist had …"
  for (let k = i; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    // "residents of A and B to leave": an infinitive, not a new subject and verb
    if (isVerb(t)) return k > i && tokens[k - 1]!.lower !== "to";
    if (!/^(?:PRON|PROPN|NOUN|DET|ADJ|NUM|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * ", officials said." / ", Ana Ruiz told reporters on Monday, …": a short subject, a speech verb and at
 * most a short listener or time phrase, up to the sentence end (returns its length) or to a comma
 * (returns the comma's index); -1 when the words after the comma are not such a phrase.
 */
export function attributionEnd(tokens: Token[], from: number, inQuote: (t: Token) => boolean): number {
  let k = from;
  // "a spokesman for the national safety board said": the subject may hang a short phrase off its noun
  while (k < tokens.length && k - from < 9 && (SUBJECT_POS.test(tokens[k]!.pos) || (k > from && SUBJECT_LINK.test(tokens[k]!.lower))) && !inQuote(tokens[k]!))
    k++;
  if (k === from || !isSpeech(tokens[k])) return -1;
  let words = 0;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.text === ",") return words <= 4 ? m : -1;
    if (t.pos === "PUNCT") continue;
    if (isVerb(t) || t.lower === "that" || inQuote(t) || ++words > 4) return -1;
  }
  return tokens.length;
}

export function participlePhrase(tokens: Token[], i: number): boolean {
  const k = /^(?:both|all|each|most)$/.test(tokens[i]?.lower ?? "") ? i + 1 : i;
  const v = tokens[k],
    after = tokens[k + 1];
  return !!v && !!after && v.pos === "VERB" && !/ing$/.test(v.lower) && !isSpeech(v) && after.pos === "ADP" && after.lower !== "to" && after.lower !== "that";
}

/** A finite verb within `window` tokens, with no punctuation or verb form in between: "… is closed". */
export function finiteVerbAhead(tokens: Token[], from: number, window: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + window); k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return !/(?:ing|ed)$/.test(t.lower) && tokens[k - 1]?.lower !== "to";
    if (t.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * "after an explosion at its plant in Brannick on Wednesday killed three": a subject with phrases of its
 * own, then its past-tense verb, within `window` tokens and no punctuation.
 */
export function pastClauseAhead(tokens: Token[], from: number, window: number): boolean {
  if (!/^(?:DET|PRON|NUM|PROPN|NOUN)$/.test(tokens[from]?.pos ?? "")) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + window); k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT") return false;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return !/ing$/.test(t.lower) && !/^(?:to|by|being|been)$/.test(tokens[k - 1]!.lower);
  }
  return false;
}

/** "two models, the Falcon and the Heron": a list of names spells out the noun before it. */
function isNameList(tokens: Token[], i: number): boolean {
  let names = 0;
  for (let k = i; k < tokens.length && tokens[k]!.text !== ","; k++) {
    const t = tokens[k]!;
    if (t.pos === "PROPN") names++;
    else if (!/^(?:the|a|an|and|or)$/.test(t.lower)) return false;
  }
  return names >= 2;
}

/** ", the first such offer since ...": a noun phrase with no verb of its own up to the next comma. */
export function isAppositive(tokens: Token[], i: number): boolean {
  if (isNameList(tokens, i)) return false;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || (k > i + 2 && /^(?:that|which|who|where)$/.test(t.lower))) return k - i >= 3;
    // "its express trains": a word the tagger calls a verb right after a determiner modifies a noun
    if (isVerb(t) && !/(?:ed|ing)$/.test(t.lower) && !MODIFIED.test(tokens[k - 1]?.lower ?? "")) return false;
  }
  return tokens.length - i >= 3;
}
