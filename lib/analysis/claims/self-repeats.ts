import { kin, kinOf } from "../lexical/word-kin";
import type { Token } from "../nlp/parse-text";
import { foldWord } from "./content-words";
import type { DraftClaim } from "./draft-claim";
import { STOPWORDS } from "./lexicon";

// A report that tells one fact twice ("the plane hit a fence wall" in the lede, "struck a wall" further
// down) gives it one row, not two: the telling with more specifics (figures, times, days, names) stays,
// the earlier one on a tie. Two tellings are one fact when they share a noun, their verb (or a WordNet
// synonym of it), and most of their words after the verb; names do not count, since one report names the same few
// things throughout, nor does the subject. A clause with a figure or a time is never dropped for one that has its own.

const CLAUSES = new Set<DraftClaim["kind"]>(["event", "statement", "date"]);
/** Share of the shorter telling's words the other must hold. */
const SAME_SHARE = 0.6;

type Gist = { verbs: string[]; nouns: string[]; words: string[]; figure: boolean };
/** "hundreds of thousands", "dozens": a figure in words */
const VAGUE_FIGURE = /^(?:dozens|scores|hundreds|thousands|millions|billions|tens)$/;

/** `within(d)`: the claim's own tokens (its `words` may borrow nouns from the clause before). */
export function dropSelfRepeats(drafts: DraftClaim[], within: (d: DraftClaim) => Token[]): DraftClaim[] {
  const dropped = new Set<DraftClaim>();
  const clauses = drafts.filter((d) => CLAUSES.has(d.kind) && !d.quote);
  const gists = clauses.map((d) => gistOf(within(d)));
  // only clauses with a noun in common, as written, are compared: most pairs never meet
  const byNoun = new Map<string, number[]>();
  for (let j = 0; j < clauses.length; j++) {
    const seen = new Set<number>();
    for (const noun of gists[j]!.nouns) {
      const list = byNoun.get(noun);
      if (!list) {
        byNoun.set(noun, [j]);
        continue;
      }
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const a = clauses[i]!,
          b = clauses[j]!;
        if (dropped.has(a) || dropped.has(b) || a.sentence === b.sentence || !sameFact(a, b, gists[i]!, gists[j]!)) continue;
        dropped.add(specifics(b, gists[j]!) > specifics(a, gists[i]!) ? a : b);
      }
      list.push(j);
    }
  }
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}

function gistOf(all: Token[]): Gist {
  // what is done, not who does it: a report names the same subjects throughout ("the control tower gave …")
  const verb = all.findIndex((t) => t.pos === "VERB");
  const toks = verb > 0 ? all.slice(verb) : all;
  const word = (t: Token) => foldWord(t.lemma);
  const content = toks.filter((t) => /^(?:VERB|NOUN|ADJ|ADV)$/.test(t.pos) && !STOPWORDS.has(t.lemma) && t.lower.length > 1);
  return {
    verbs: [...new Set(content.filter((t) => t.pos === "VERB").map(word))],
    nouns: [...new Set(content.filter((t) => t.pos === "NOUN").map(word))],
    words: [...new Set(content.map(word))],
    figure: all.some((t) => t.pos === "NUM" || VAGUE_FIGURE.test(t.lower)),
  };
}

const alike = (x: string, y: string) => x === y || kin(kinOf(x, false), kinOf(y, false));
const meets = (xs: string[], ys: string[]) => xs.some((x) => ys.some((y) => alike(x, y)));

function sameFact(a: DraftClaim, b: DraftClaim, ga: Gist, gb: Gist): boolean {
  if (a.negated !== b.negated) return false;
  if (ga.figure && gb.figure) return false;
  if (a.date?.weekday != null && b.date?.weekday != null && a.date.weekday !== b.date.weekday) return false;
  if (!meets(ga.verbs, gb.verbs)) return false;
  const [short, long] = ga.words.length <= gb.words.length ? [ga.words, gb.words] : [gb.words, ga.words];
  const shared = short.filter((w) => long.some((x) => alike(w, x))).length;
  return shared >= 2 && shared >= SAME_SHARE * short.length;
}

function specifics(d: DraftClaim, g: Gist): number {
  return (g.figure || d.clock ? 4 : 0) + (d.date ? 2 : 0) + Math.min(1, d.names.length);
}
