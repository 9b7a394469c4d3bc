import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Token = {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** offsets into the parsed (cleaned) text */
  start: number;
  end: number;
  /** memo for claims/content-words: the token's matching form, or null when it carries no content */
  cw?: string | null;
  /** memo for entities/find-roles: whether the token is a title word */
  title?: boolean;
};

export type Sentence = { start: number; end: number; tokens: Token[] };
export type ParsedText = { text: string; tokens: Token[]; sentences: Sentence[] };

let nlp: ReturnType<typeof winkNLP> | null = null;
/** wink numbers the words of its lexicon first: an id from this one on is a word it did not know */
let firstUnknownId = Infinity;

/**
 * The annotations the engine reads: tokens (always made), sentences and part-of-speech tags (lemmas are
 * read from the tags). wink's default pipe also runs named-entity, negation and sentiment automata, about
 * 40% of a parse, and nothing here reads them; tokens, tags, lemmas and sentences come out the same
 * without them (checked on every corpus).
 */
const PIPE = ["sbd", "pos"];

// Loading the model costs ~100 ms, so it happens once per process.
export function loadNlp(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    nlp = winkNLP(model, PIPE);
    firstUnknownId = (nlp.readDoc("qxzvkjwq").tokens().out(nlp.its.uniqueId) as unknown as number[])[0]!;
  }
  return nlp;
}

/**
 * wink's tokenizer costs grow with the square of a token's length (a 100,000-character base64 image took
 * 9 s), and no word or figure is that long: runs longer than this are blanked, same length, before parsing.
 */
export const MAX_TOKEN_CHARS = 80;
const LONG_RUN_RE = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g");

/** The text with every over-long run of non-space characters replaced by as many spaces (offsets kept). */
export function blankLongRuns(text: string): string {
  // Nearly every text has no such run: a scan by character code says so before any regex runs. It ends a
  // run only at ASCII white space, so its runs are never shorter than the regex's: none found, none there.
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > MAX_TOKEN_CHARS) return text.replace(LONG_RUN_RE, (m) => " ".repeat(m.length));
  }
  return text;
}

export function parseText(input: string): ParsedText {
  const text = blankLongRuns(input);
  const n = loadNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: Token[] = [];
  // wink keeps every character in order, so each token is found just after the previous one.
  let at = 0;
  const index: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const found = text.indexOf(v, at);
    if (found >= 0) at = found;
    index[i] = tokens.length;
    if (pos[i] !== "SPACE") {
      // every field set here, memos included, so all tokens share one object shape
      tokens.push({
        text: v,
        lower: v.toLowerCase(),
        lemma: (lemmas[i] ?? v).toLowerCase(),
        pos: pos[i] ?? "X",
        start: at,
        end: at + v.length,
        cw: undefined,
        title: undefined,
      });
    }
    at += v.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  for (const [s, e] of spans) {
    const toks = tokens.slice(index[s]!, e + 1 < values.length ? index[e + 1]! : tokens.length);
    for (const part of splitSentence(text, toks)) sentences.push(part);
  }
  retagSentenceStarts(sentences);
  return { text, tokens, sentences };
}

/**
 * wink calls every capitalised word that opens a sentence a proper noun ("Prosecutors said", "Shares
 * fell"), with no lemma. Such a word is a common one when wink knows it in lower case as something else
 * and the report never capitalises it inside a sentence (where "Brown" or "Trump" would be names): it
 * gets that word's tag and lemma, read in one small extra parse of all of them.
 */
function retagSentenceStarts(sentences: Sentence[]): void {
  const inside = new Set<string>();
  for (const s of sentences)
    for (let k = 1; k < s.tokens.length; k++) {
      const c = s.tokens[k]!.text.charCodeAt(0);
      if (c >= 65 && c <= 90) inside.add(s.tokens[k]!.text);
    }
  const starts: Token[] = [];
  for (const s of sentences) {
    const t = s.tokens[0];
    if (t && t.pos === "PROPN" && /^[A-Z][a-z]+$/.test(t.text) && !inside.has(t.text)) starts.push(t);
  }
  if (!starts.length) return;
  const n = loadNlp();
  const probe = n.readDoc(starts.map((t) => t.lower).join(".\n"));
  const words = probe.tokens().out() as string[];
  const ids = probe.tokens().out(n.its.uniqueId) as unknown as number[];
  const pos = probe.tokens().out(n.its.pos) as string[];
  const lemmas = probe.tokens().out(n.its.lemma as never) as string[];
  let k = 0;
  for (let i = 0; i < words.length && k < starts.length; i++) {
    if (words[i] !== starts[k]!.lower) continue;
    const t = starts[k++]!;
    // wink gives some words no lemma ("Ive", read as "I've"): they keep their own
    if (ids[i]! < firstUnknownId && pos[i] && pos[i] !== "PROPN") {
      t.pos = pos[i]!;
      t.lemma = (lemmas[i] ?? t.lower).toLowerCase();
    }
  }
}

// wink sometimes runs a sentence across a blank line (a heading, a caption); paragraphs never share one.
// Nor does it end a sentence after a unit or a time that swallows the full stop ("80 km/h. Doctors",
// "at 7.30am. Seven"): such a token, a space and a capital start the next one (but not "10 a.m. Friday").
function splitSentence(text: string, toks: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || hasNewline(text, toks[i - 1]!.end, toks[i]!.start) || endsAtAbbreviation(toks[i - 1]!, toks[i]!)) {
      const part = toks.slice(from, i);
      if (part.length) out.push({ start: part[0]!.start, end: part[part.length - 1]!.end, tokens: part });
      from = i;
    }
  }
  return out;
}

const FINAL_ABBREVIATION = /^(?:\d*(?:a\.?m|p\.?m)|h|hrs?|mins?|secs?|km|kg|mph|kph|etc)\.$/i;
const NOT_A_START =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function endsAtAbbreviation(prev: Token, next: Token): boolean {
  if (next.start === prev.end || !prev.text.endsWith(".") || !FINAL_ABBREVIATION.test(prev.text)) return false;
  const c = next.text.charCodeAt(0);
  return c >= 65 && c <= 90 && !NOT_A_START.test(next.text);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
