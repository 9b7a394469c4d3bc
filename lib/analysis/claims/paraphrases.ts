// Words and phrases reporters use interchangeably, mapped to one form so that paraphrases of one fact
// share their content words (and so meet as alignment candidates). Alignment reads word kinship from
// WordNet (synonyms, derivations, direct kinds: lib/analysis/lexical/wordnet.ts); this table keeps only
// general news vocabulary that WordNet 3.1 does not link, each line saying what WordNet lacks.
// Entries WordNet covers, and entries only one tuning story needed, were removed.

// `TRIANGULATE_ABLATE=paraphrases` empties both tables, to measure what they add (`npm run eval -- --ablate`).
const ablated =
  typeof process !== "undefined" &&
  (process.env.TRIANGULATE_ABLATE ?? "")
    .split(",")
    .map((s) => s.trim())
    .includes("paraphrases");

const SYNONYM_ENTRIES: Record<string, string> = {
  // WordNet files "ceasefire" apart from "truce" and indexes the plural "talks" only as a form of "talk"
  ceasefire: "truce",
  negotiation: "talk",
  negotiations: "talk",
  talks: "talk",
  // casualty words: WordNet links "kill" to "die" by cause and "death" to "die" by derivation, never to the
  // "dead" that counts use; participles ("injured", "wounded") are adjectives it does not tie to "injure"
  kill: "dead",
  die: "dead",
  death: "dead",
  killed: "dead",
  injured: "injure",
  wounded: "injure",
  injury: "injure",
  wound: "injure",
  // acts of war and of breaking an agreement WordNet files under other senses
  bombardment: "attack",
  break: "violate",
  // a company in business news: WordNet's "firm" and "corporation" are kinds of business, not of company
  firm: "company",
  corporation: "company",
  // stopping and pledging: senses WordNet keeps apart
  suspend: "stop",
  vow: "promise",
  // WordNet's first senses of "blast" are wind, of "collision" a physical contact
  blast: "explosion",
  collision: "crash",
  // prices and figures moving: WordNet's senses of these verbs do not share "fall" / "rise"
  slide: "fall",
  slump: "fall",
  decline: "fall",
  dip: "fall",
  jump: "rise",
  gain: "rise",
};

export const SYNONYMS = new Map<string, string>(ablated ? [] : Object.entries(SYNONYM_ENTRIES));

/** Phrasal verbs, as lemmas, read as one word: WordNet lists them, but the parser gives their words apart. */
const PHRASE_LIST: [string, string][] = [
  ["walk away", "quit"],
  ["pull out", "quit"],
  ["back out", "quit"],
  ["look into", "investigate"],
  ["find out", "determine"],
  ["call off", "cancel"],
  ["put off", "postpone"],
];

/** Phrases by their first lemma, longest first. */
export const PHRASES = new Map<string, { rest: string[]; form: string }[]>();
for (const [phrase, form] of ablated ? [] : PHRASE_LIST) {
  const [first, ...rest] = phrase.split(" ");
  const list = PHRASES.get(first!) ?? [];
  list.push({ rest, form });
  list.sort((a, b) => b.rest.length - a.rest.length);
  PHRASES.set(first!, list);
}
