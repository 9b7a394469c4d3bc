import { findQuotes } from "../claims/find-quotes";

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
    const words = chunk.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + size <= words.length; i++) out.add(hashWords(words, i, size));
  }
  return out;
}

function hashWords(words: string[], from: number, size: number): number {
  let h = 2166136261;
  for (let k = from; k < from + size; k++) {
    const w = words[k]!;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 16777619);
    h = Math.imul(h ^ 32, 16777619);
  }
  return h >>> 0;
}
