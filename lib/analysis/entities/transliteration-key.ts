import { ruleOn } from "../nlp/rule-switches";

// Reduces a name to a spelling-insensitive key so transliteration variants meet:
// y/i/j swaps, doubled letters, kh/h, ph/f, w/v, ie/i and diacritics all collapse.
const cache = new Map<string, string>();

/** Memoised: the same names recur in every report of a story. */
export function transliterationKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(name, (key = computeKey(name)));
  }
  return key;
}

function computeKey(name: string): string {
  // "US", "U.S." and "United States" are one name, alone or inside another ("US Geological Survey")
  if (ruleOn("name-aliases")) name = name.replace(/(^|\s)U\.?S\.?(?=\s|$)/g, "$1United States").replace(/(^|\s)U\.?K\.?(?=\s|$)/g, "$1United Kingdom");
  // Acronyms are spelled letter by letter: no transliteration variants to fold.
  if (/^[A-Z0-9.&]{2,6}$/.test(name)) return name.replace(/\./g, "").toLowerCase();
  let s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s$/, "")
    // "Al-Haouz" and "Al Haouz": a hyphen joins words as a space does
    .replace(/[-‐‑–](?=[a-z])/g, ruleOn("name-aliases") ? " " : "")
    .replace(/[^a-z ]/g, "");
  s = s
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/^ye/g, "e")
    .replace(/ j/g, " i")
    .replace(/y/g, "i")
    .replace(/ie/g, "i")
    .replace(/([a-z])\1+/g, "$1");
  return s.trim();
}

/** Damerau-free edit distance with an early exit; names are short. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      rowMin = Math.min(rowMin, prev[j]!);
    }
    if (rowMin > max) return false;
  }
  return prev[b.length]! <= max;
}
