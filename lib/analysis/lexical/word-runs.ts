// Runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them, read by character code: that Unicode
// regex was a tenth of the work of finding relays and name forms, and English prose is nearly all ASCII.

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();

/** Length in UTF-16 units of the letter or digit at i (2 for one beyond the BMP), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  let is = nonAscii.get(cp);
  if (is === undefined) {
    is = WORD_CHAR.test(String.fromCodePoint(cp));
    if (nonAscii.size < 4096) nonAscii.set(cp, is);
  }
  return is ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Calls `each` with the start and end of every run of letters and digits in the text, in order. */
export function forEachWordRun(text: string, each: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let n = wordCharAt(text, i);
    if (!n) {
      // (a symbol beyond the BMP is two units; a lone surrogate is one)
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (n) {
      i += n;
      n = i < text.length ? wordCharAt(text, i) : 0;
    }
    each(start, i);
  }
}

/** The runs of letters and digits of the text (what `text.match(/[\p{L}\p{N}]+/gu) ?? []` gives). */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  forEachWordRun(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;
const upperCache = new Map<number, boolean>();
const letterCache = new Map<number, boolean>();

function cachedTest(cache: Map<number, boolean>, re: RegExp, cp: number): boolean {
  let is = cache.get(cp);
  if (is === undefined) {
    is = re.test(String.fromCodePoint(cp));
    if (cache.size < 4096) cache.set(cp, is);
  }
  return is;
}

function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return cachedTest(upperCache, UPPER, cp);
}

/** A character of a capitalised word after its first: a letter, an apostrophe, a full stop or a hyphen. */
function isNameChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 39 || cp === 46 || cp === 45;
  return cp === 0x2019 || cachedTest(letterCache, LETTER, cp);
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Runs of up to `maxWords` capitalised words joined by spaces ("Maghreb Arabe Presse", "Al-Haouz"), as
 * /\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*){0,maxWords-1}/gu finds them, read by character code.
 */
export function forEachCapitalisedRun(text: string, maxWords: number, each: (start: number, end: number) => void): void {
  const skipName = (at: number) => {
    while (at < text.length) {
      const cp = text.codePointAt(at)!;
      if (!isNameChar(cp)) break;
      at += width(cp);
    }
    return at;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isUpper(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    i = skipName(i + width(cp));
    // (a hyphen cannot follow: the name characters took it)
    for (let words = 1; words < maxWords && text.charCodeAt(i) === 32 && i + 1 < text.length; words++) {
      const next = text.codePointAt(i + 1)!;
      if (!isUpper(next)) break;
      i = skipName(i + 1 + width(next));
    }
    each(start, i);
  }
}
