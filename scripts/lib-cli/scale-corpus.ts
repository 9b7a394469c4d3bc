import type { ReportInput } from "../../lib/analysis/types";

// Larger benchmark corpora built from a few real reports. Every copy is a distinct text: the names
// of each copy group are respelt (so each group reads like another story with its own people and
// places), numbers move, one sentence is dropped and the line structure is kept. The bare parse and
// the analysis are then timed on exactly these texts.

const KEEP = new Set([
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "i",
  "the",
  "a",
  "an",
]);
const VOWELS = "aeiou";

/** n reports: the base ones first, then respelt copies of them, group by group. */
export function scaleCorpus(base: ReportInput[], n: number): ReportInput[] {
  const names = namesOf(base);
  const out: ReportInput[] = [];
  for (let k = 0; k < n; k++) {
    const seed = base[k % base.length]!;
    const copy = Math.floor(k / base.length);
    if (copy === 0) {
      out.push(seed);
      continue;
    }
    const text = appendLine(dropSentence(nudgeNumbers(respell(seed.text, names, copy), copy), copy), `Filed by desk ${k % 7}, edition ${copy}.`);
    out.push({ id: `${seed.id}-x${copy}`, file: `${seed.id}-x${copy}.txt`, text });
  }
  return out;
}

/** Capitalised words seen inside sentences (not only at their start): the corpus's names. */
function namesOf(base: ReportInput[]): Set<string> {
  const names = new Set<string>();
  for (const r of base) for (const m of r.text.matchAll(/[a-z,] ([A-Z][a-z]{2,})\b/g)) if (!KEEP.has(m[1]!.toLowerCase())) names.add(m[1]!);
  return names;
}

/** Each copy group rotates the vowels of the names by its own step: "Dunmore" → "Danmiru" → … */
function respell(text: string, names: Set<string>, copy: number): string {
  return text.replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
    if (!names.has(w)) return w;
    let out = w[0]!;
    for (let i = 1; i < w.length; i++) {
      const v = VOWELS.indexOf(w[i]!);
      out += v < 0 ? w[i]! : VOWELS[(v + copy + i) % VOWELS.length]!;
    }
    return out;
  });
}

function nudgeNumbers(text: string, copy: number): string {
  let i = 0;
  return text.replace(/\b\d{1,3}\b(?![-:\d])/g, (d) => (i++ % 3 === copy % 3 ? String(Number(d) + (copy % 4) + 1) : d));
}

/** Drops one sentence (a different one per copy), keeping every line break of the original. */
function dropSentence(text: string, copy: number): string {
  const ends = [...text.matchAll(/[.!?]["”’]?[ \t]+(?=[A-Z“"])/g)].map((m) => m.index! + m[0].length);
  if (ends.length <= 3) return text;
  const k = 1 + (copy % (ends.length - 2));
  return text.slice(0, ends[k - 1]) + text.slice(ends[k]);
}

function appendLine(text: string, line: string): string {
  // HTML reports take the line as a paragraph before the closing body tag
  const close = text.lastIndexOf("</body>");
  return close >= 0 ? `${text.slice(0, close)}<p>${line}</p>\n${text.slice(close)}` : `${text}\n\n${line}`;
}
