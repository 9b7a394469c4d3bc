import { commonUnit } from "../claims/parse-number";
import { pointersOf, sensesAs } from "./wordnet";

// What a count counts, folded so that different words for one kind of thing meet: every noun WordNet
// files under "person" (passengers, protesters, demonstrators, individuals) counts people, and a unit
// written as a plural or a participle ("arrests", "arrested") is folded to its WordNet base form.

const PERSON = "n00007846";
const DEPTH = 12;
const cache = new Map<string, string>();

function isPersonSense(synset: string): boolean {
  let frontier = [synset];
  const seen = new Set(frontier);
  for (let d = 0; d < DEPTH && frontier.length; d++) {
    const next: string[] = [];
    for (const s of frontier) {
      if (s === PERSON) return true;
      for (const h of pointersOf(s, ["@", "@i"]))
        if (!seen.has(h)) {
          seen.add(h);
          next.push(h);
        }
    }
    frontier = next;
  }
  return false;
}

/** The noun's base form in WordNet ("arrests" → "arrest", "arrested" → "arrest"), or null. */
function baseNoun(word: string): string | null {
  for (const form of [word, word.replace(/ies$/, "y"), word.replace(/es$/, ""), word.replace(/s$/, ""), word.replace(/ed$/, ""), word.replace(/d$/, "")])
    if (form.length > 2 && sensesAs(form, "n", 1).length) return form;
  return null;
}

/** The lane a count of this unit aligns in. */
export function unitFamily(unit: string, useWordnet: boolean): string {
  const common = commonUnit(unit);
  if (!useWordnet || !/^[a-z]+$/.test(common)) return common;
  let out = cache.get(common);
  if (out === undefined) {
    const base = baseNoun(common);
    // the first sense only: "officer" is a person, but so would be a word whose rare sense is one
    out = base === null ? common : sensesAs(base, "n", 1).some(isPersonSense) ? "people" : base;
    if (cache.size > 10_000) cache.clear();
    cache.set(common, out);
  }
  return out;
}
