import { pointersOf, synsetsOf } from "./wordnet";

// WordNet kinship in a form cheap to index: each word's senses, and what they reach by one derivation or
// (optionally) hypernym pointer, as integer arrays. Two words are kin when one's reach meets the other's
// senses (the test wordsRelated makes on strings); KinIndex works that out for every pair of a batch.

export type Kin = { senses: Int32Array; reach: Int32Array };

const ids = new Map<string, number>();
const intern = (s: string) => {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = ids.size));
  return id;
};
/** How many senses have been numbered so far: every sense id of a Kin is below it. */
export const senseCount = () => ids.size;
const sorted = (list: Iterable<number>) => Int32Array.from(new Set(list)).sort();
const cache = new Map<string, Kin>();
const NO_KIN: Kin = { senses: new Int32Array(0), reach: new Int32Array(0) };

export function kinOf(word: string, hypernyms: boolean): Kin {
  const key = hypernyms ? `h:${word}` : word;
  let kin = cache.get(key);
  if (kin) return kin;
  const senses = synsetsOf(word);
  if (!senses.length) kin = NO_KIN;
  else {
    const links = hypernyms ? ["+", "@"] : ["+"];
    const reach = [...senses];
    for (const s of senses) reach.push(...pointersOf(s, links));
    const r = sorted(reach.map(intern));
    kin = { senses: sorted(senses.map(intern)), reach: r };
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, kin);
  return kin;
}

function meet(a: Int32Array, b: Int32Array): boolean {
  let i = 0,
    j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** Whether two words are kin (for a few comparisons; KinIndex answers for every pair of a batch). */
export function kin(a: Kin, b: Kin): boolean {
  return a.senses.length > 0 && b.senses.length > 0 && (meet(a.reach, b.senses) || meet(b.reach, a.senses));
}
