import type { Token } from "../nlp/parse-text";
import { CASUALTY_WORDS, PERSON_NOUNS, UNIT_FORMS } from "./lexicon";

// What a number counts when a noun follows it: the counted noun, normalised ("SUVs" and "cars" are
// vehicles, "passengers" people), with the nouns before it as modifiers ("drone and missile attacks").

const NOUNISH = new Set(["NOUN", "PROPN", "ADJ"]);
/** Units of measure, as against kinds of thing counted ("vehicles"). */
const MEASURES = new Set(["%", "km", "miles", "m", "kg", "tonnes", "hours", "minutes", "degrees", "days", "weeks", "months", "years", "mph", "km/h"]);

type CountedNoun = { unit: string; end: number; next: number; modifiers: string[] };

export function readCountedNoun(tokens: Token[], j: number): CountedNoun | null {
  // "30-hour truce", "three-year-old conflict": the hyphenated measure is the unit.
  if (tokens[j]?.text === "-" && tokens[j + 1] && /^[a-z]+$/.test(tokens[j + 1]!.lower)) {
    const unitTok = tokens[j + 1]!;
    let k = j + 2;
    if (tokens[k]?.text === "-" && tokens[k + 1]?.lower === "old") k += 2;
    const head = tokens[k] && tokens[k]!.pos === "NOUN" ? tokens[k]! : null;
    return {
      unit: UNIT_FORMS[unitTok.lemma] ?? pluralUnit(unitTok.lemma),
      end: (head ?? tokens[k - 1]!).end,
      next: head ? k + 1 : k,
      modifiers: head ? [head.lemma] : [],
    };
  }
  // Noun run with coordination: "drone and artillery attacks", "people".
  let k = j;
  const words: Token[] = [];
  while (k < tokens.length && words.length < 6) {
    const tk = tokens[k]!;
    if (NOUNISH.has(tk.pos) || (tk.pos === "VERB" && tk.lower.endsWith("ing") && words.length === 0 && false)) {
      words.push(tk);
      k++;
      continue;
    }
    if ((tk.lower === "and" || tk.lower === "or") && words.length && tokens[k + 1] && NOUNISH.has(tokens[k + 1]!.pos)) {
      k++;
      continue;
    }
    if (tk.lower === "more" && words.length === 0) {
      k++;
      continue;
    }
    break;
  }
  // "80 percent charge", "5 km stretch": a unit of measure right after the number is what is counted
  const measure = words[0] && measureOf(words[0], words[1]);
  if (measure && MEASURES.has(measure))
    return { unit: measure, end: words[0]!.end - (words[0]!.text.endsWith(".") ? 1 : 0), next: tokens.indexOf(words[0]!) + 1, modifiers: [] };
  const nouns = words.filter((w) => w.pos === "NOUN" || (w.pos === "PROPN" && w.lower !== w.text));
  // "passengers and crew": a list of kinds of people counts people
  const head =
    words.find((w) => PERSON_NOUNS.has(w.lower)) ??
    [...words].reverse().find((w) => w.pos === "NOUN" || CASUALTY_WORDS[w.lower]) ??
    // "184,000 SUVs": an acronym the tagger calls a proper noun still names what is counted
    [...words].reverse().find((w) => w.pos === "PROPN" && /^[A-Z]{2,}s?$/.test(w.text));
  if (!head) {
    // "wounded seven", "killed 12": the number stands for people
    return null;
  }
  const headIdx = words.indexOf(head);
  const modifiers = nouns.filter((w) => w !== head && words.indexOf(w) < headIdx).map((w) => w.lemma);
  // a list of people ends at its last person noun: "two workers dead" still has "dead" to read
  const last = PERSON_NOUNS.has(head.lower) ? [...words].reverse().find((w) => PERSON_NOUNS.has(w.lower))! : words[words.length - 1]!;
  return { unit: normaliseUnit(head), end: last.end, next: tokens.indexOf(last) + 1, modifiers };
}

/**
 * The unit of measure a word names ("2,500m." at a sentence end too); a bare "m" is metres only when no
 * noun follows it ("1.2m people" counts people by the million).
 */
function measureOf(w: Token, after: Token | undefined): string | undefined {
  const form = w.lower.replace(/\.$/, "");
  if (form === "m") return after?.pos === "NOUN" ? undefined : "m";
  return UNIT_FORMS[form] ?? UNIT_FORMS[w.lemma];
}

function normaliseUnit(head: Token): string {
  const lower = head.lower;
  if (UNIT_FORMS[lower]) return UNIT_FORMS[lower]!;
  if (UNIT_FORMS[head.lemma]) return UNIT_FORMS[head.lemma]!;
  if (PERSON_NOUNS.has(lower)) return lower;
  if (CASUALTY_WORDS[lower]) return CASUALTY_WORDS[lower]!;
  return pluralUnit(head.lemma);
}

// English plurals that no suffix rule makes ("4 childs" was a summary once)
const IRREGULAR_PLURALS: Record<string, string> = {
  child: "children",
  man: "men",
  woman: "women",
  person: "people",
  foot: "feet",
  tooth: "teeth",
  mouse: "mice",
  goose: "geese",
  ox: "oxen",
  life: "lives",
  wife: "wives",
  knife: "knives",
  leaf: "leaves",
  half: "halves",
  shelf: "shelves",
  wolf: "wolves",
  thief: "thieves",
  calf: "calves",
  sheep: "sheep",
  fish: "fish",
  deer: "deer",
  aircraft: "aircraft",
  series: "series",
  species: "species",
  crisis: "crises",
  criterion: "criteria",
  phenomenon: "phenomena",
};

export function pluralUnit(lemma: string): string {
  const irregular = IRREGULAR_PLURALS[lemma];
  if (irregular) return irregular;
  if (/(?:s|x|ch|sh)$/.test(lemma)) return lemma;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}
