import { wordRuns } from "../lexical/word-runs";
import { addWordShingles } from "./shingles";

// Rewrites of one story that share too little prose for the shingle ratio: several whole sentences
// taken over (an agency's paragraphs inside a longer report), or the same headline reworded slightly.

/** Sentences of six words or more, each as its hashed word 6-grams. */
export function sentenceShingles(text: string): Set<number>[] {
  const out: Set<number>[] = [];
  for (const sentence of text.split(/(?<=[.!?…])\s+|\n+/)) {
    const words = wordRuns(sentence.toLowerCase());
    if (words.length < 6) continue;
    out.push(addWordShingles(words, 6, new Set<number>()));
  }
  return out;
}

/** Every 6-gram of a report's sentences, in one set. */
export function allShingles(sentences: Set<number>[]): Set<number> {
  const s = new Set<number>();
  for (const g of sentences) for (const h of g) s.add(h);
  return s;
}

/**
 * How many sentences of the one report are, for half their 6-grams or more, in the other (the smaller
 * count of both ways). `allA`/`allB`: each report's allShingles, when the caller compares it many times.
 */
export function sharedSentenceCount(a: Set<number>[], b: Set<number>[], allA = allShingles(a), allB = allShingles(b)): number {
  const count = (x: Set<number>[], y: Set<number>) =>
    x.filter((g) => {
      let n = 0;
      for (const h of g) if (y.has(h)) n++;
      return n * 2 >= g.size;
    }).length;
  return Math.min(count(a, allB), count(b, allA));
}

const HEADLINE_STOP = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "as", "is", "are", "after", "before", "from"]);

function headlineWords(title: string): Set<string> {
  return new Set(wordRuns(title.toLowerCase()).filter((w) => !HEADLINE_STOP.has(w)));
}

/**
 * Headlines of one story reworded: seven in ten of the shorter one's words (six or more) in the other, and
 * four of the shared words rare among the batch's headlines (in at most half of them): reports of one event
 * all say "earthquake toll"; only copies of one story all say "bird strike warning issued".
 */
export function headlinePairs(titles: (string | null | undefined)[]): (a: number, b: number) => boolean {
  const words = titles.map((t) => (t ? headlineWords(t) : new Set<string>()));
  const df = new Map<string, number>();
  for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const rareUpTo = Math.floor(titles.length / 2);
  return (a, b) => {
    const [small, large] = words[a]!.size <= words[b]!.size ? [words[a]!, words[b]!] : [words[b]!, words[a]!];
    if (small.size < 6) return false;
    let n = 0,
      rare = 0;
    for (const w of small)
      if (large.has(w)) {
        n++;
        if (df.get(w)! <= rareUpTo) rare++;
      }
    return n >= 0.7 * small.size && rare >= 4;
  };
}
