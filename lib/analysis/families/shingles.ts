import { findQuotes, type QuoteSpan } from "../claims/find-quotes";
import type { Token } from "../nlp/parse-text";
import { wordRuns } from "../lexical/word-runs";

// Hashes are kept as signed 32-bit integers: V8 stores those unboxed in a Set, where unsigned values
// above 2^31 would each be a heap number.

/**
 * Hashed word 6-grams of a report's own prose. Quotations are left out: two independent reports
 * quoting the same speaker share those words without copying each other.
 */
export function proseShingles(text: string, size = 6): Set<number> {
  let prose = "";
  let at = 0;
  for (const q of findQuotes(text)) {
    prose += ` ${text.slice(at, q.start)} | `;
    at = q.end;
  }
  prose += text.slice(at);
  const out = new Set<number>();
  for (const chunk of prose.split("|")) {
    addWordShingles(wordRuns(chunk.toLowerCase()), size, out);
  }
  return out;
}

/**
 * The same 6-grams read from a parsed report's tokens (no second pass over the text): words outside
 * quotations, lower-cased, a quotation breaking the run.
 */
export function tokenShingles(tokens: Token[], quotes: QuoteSpan[], size = 6): Set<number> {
  const out = new Set<number>();
  // each word is hashed once; a shingle combines its words' hashes
  let run: number[] = [];
  let q = 0;
  const flush = () => {
    for (let i = 0; i + size <= run.length; i++) {
      let h = 2166136261;
      for (let k = i; k < i + size; k++) h = Math.imul(h ^ run[k]!, 16777619);
      out.add(h | 0);
    }
    run = [];
  };
  for (const t of tokens) {
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const quote = quotes[q];
    if (quote && t.start >= quote.start && t.end <= quote.end) {
      if (run.length) flush();
      continue;
    }
    if (WORDLIKE.test(t.lower)) run.push(hashWord(t.lower));
  }
  flush();
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function hashWord(w: string): number {
  let h = 2166136261;
  for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 16777619);
  return h;
}

/**
 * The hashed `size`-grams of a run of words, each word hashed once (a shingle combines its words'
 * hashes, as tokenShingles does), added to `out`.
 */
export function addWordShingles(words: string[], size: number, out: Set<number>): Set<number> {
  if (words.length < size) return out;
  const hashes = words.map(hashWord);
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 2166136261;
    for (let k = i; k < i + size; k++) h = Math.imul(h ^ hashes[k]!, 16777619);
    out.add(h | 0);
  }
  return out;
}
