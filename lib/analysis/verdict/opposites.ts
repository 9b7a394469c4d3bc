import { antonymSensesOf, wordsOpposed } from "../lexical/wordnet";

// Words two claims cannot both use of one thing: compass directions a quarter turn or more apart
// ("northeast" / "southwest" of a city), and pairs WordNet records as antonyms ("rise" / "fall").

const COMPASS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  north: 0,
  northern: 0,
  northeast: 45,
  "north-east": 45,
  northeastern: 45,
  "north-eastern": 45,
  east: 90,
  eastern: 90,
  southeast: 135,
  "south-east": 135,
  southeastern: 135,
  "south-eastern": 135,
  south: 180,
  southern: 180,
  southwest: 225,
  "south-west": 225,
  southwestern: 225,
  "south-western": 225,
  west: 270,
  western: 270,
  northwest: 315,
  "north-west": 315,
  northwestern: 315,
  "north-western": 315,
});

export type Bearing = { word: string; deg: number };

/** The compass directions a text gives. */
export function bearings(text: string): Bearing[] {
  const out: Bearing[] = [];
  for (const m of text.toLowerCase().matchAll(/\b(?:north|south)?-?(?:east|west)(?:ern)?\b|\b(?:north|south)(?:ern)?\b/g)) {
    const deg = COMPASS[m[0]];
    if (deg !== undefined) out.push({ word: m[0], deg });
  }
  return out;
}

/** Two directions given for one thing (each claim's bearings()), at least a quarter turn apart, or null. */
export function opposedDirections(da: readonly Bearing[], db: readonly Bearing[]): [string, string] | null {
  if (da.length !== 1 || db.length !== 1) return null;
  const turn = Math.abs(da[0]!.deg - db[0]!.deg) % 360;
  return Math.min(turn, 360 - turn) >= 90 ? [da[0]!.word, db[0]!.word] : null;
}

/** A claim's words as antonymPair reads them, worked out once per claim. */
export type ClaimWords = {
  words: readonly string[];
  set: ReadonlySet<string>;
  /** its words (without digits) that WordNet gives an antonym, in order */
  opposable: readonly string[];
};

export function claimWords(words: readonly string[]): ClaimWords {
  return { words, set: new Set(words), opposable: words.filter((w) => !/\d/.test(w) && antonymSensesOf(w).size > 0) };
}

/**
 * A word only one claim uses whose WordNet antonym only the other uses, or null. Only between claims that
 * otherwise say much the same (half the smaller claim's other words shared): "the bridge reopened" and
 * "the bridge closed", not two sentences that happen to hold "long" and "short".
 */
export function antonymPair(a: ClaimWords, b: ClaimWords): [string, string] | null {
  if (!a.opposable.length) return null;
  let shared = 0;
  for (const w of a.words) if (b.set.has(w)) shared++;
  if (shared < 2 || shared < (Math.min(a.words.length, b.words.length) - 1) / 2) return null;
  for (const x of a.opposable) {
    if (b.set.has(x)) continue;
    for (const y of b.words) if (!a.set.has(y) && !/\d/.test(y) && wordsOpposed(x, y)) return [x, y];
  }
  return null;
}
