import type { Token } from "../nlp/parse-text";

// "The order for the village, imposed after the blast, was lifted on Friday": a clause set off by commas
// between a subject and its verb. The subject goes with the verb after it; the inserted clause is a fact
// of its own.

export type Parenthetical = { from: number; to: number };

const RELATIVE = new Set(["who", "which", "where", "whose", "when"]);
/** a subject this long without a verb is no longer a plain noun phrase */
const MAX_SUBJECT = 10;
const MAX_INSERT = 30;

/**
 * The inserted clause right after a sentence's subject, as token indices [from, to) between its two
 * commas (the commas excluded), or null. It must open with a relative word or a past participle and
 * be followed by the subject's verb.
 */
export function findParenthetical(tokens: Token[], inQuote: (t: Token) => boolean): Parenthetical | null {
  let c1 = -1;
  for (let k = 0; k < Math.min(tokens.length, MAX_SUBJECT + 1); k++) {
    const t = tokens[k]!;
    if (inQuote(t)) return null;
    if (t.text === ",") {
      c1 = k;
      break;
    }
    // a capitalised word inside the subject is part of a name ("Haldane Cross"), whatever its tag
    const namePart = k > 0 && /^[A-Z]/.test(t.text);
    if (((t.pos === "VERB" || t.pos === "AUX") && !namePart) || t.pos === "PUNCT") return null;
  }
  if (c1 < 1 || !tokens.slice(0, c1).some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return null;
  const open = tokens[c1 + 1];
  if (!open || !(RELATIVE.has(open.lower) || (open.pos === "VERB" && /(?:ed|en|wn|lt)$/.test(open.lower)))) return null;
  for (let k = c1 + 2; k < Math.min(tokens.length - 1, c1 + MAX_INSERT); k++) {
    const t = tokens[k]!;
    if (inQuote(t) || t.text === ";" || t.text === ".") return null;
    if (t.text !== ",") continue;
    // the subject's verb resumes: ", was lifted", ", are being housed", ", said", ", also said"
    const next = tokens[k + 1]!,
      after = tokens[k + 2];
    const finite =
      next.pos === "AUX" ||
      (next.pos === "VERB" && !/ing$/.test(next.lower)) ||
      (next.pos === "ADV" && !!after && (after.pos === "AUX" || after.pos === "VERB"));
    return finite && k > c1 + 2 ? { from: c1 + 1, to: k } : null;
  }
  return null;
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/**
 * Whether the inserted clause is a fact worth its own claim: a relative clause always ("who visited the
 * site on Monday"); a bare participle phrase only with some content ("imposed after the pipe burst"),
 * not "operated by Acme Ferries", which names its subject's owner and would match every mention of it.
 */
export function keepsInsert(insert: Token[]): boolean {
  if (RELATIVE.has(insert[0]?.lower ?? "")) return true;
  let n = 0;
  for (const t of insert) if (CONTENT_POS.has(t.pos)) n++;
  return n >= 4;
}
