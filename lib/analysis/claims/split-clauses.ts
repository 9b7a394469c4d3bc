import type { Token } from "../nlp/parse-text";
import { isSpeech } from "./clause-shapes";
import { findCuts, type ClauseCuts } from "./clause-cuts";
import { findParenthetical, keepsInsert } from "./parentheticals";

// Clause splitting, stage by stage: set aside an inserted clause (parentheticals), find the cuts
// (clause-cuts), gather the pieces between them, join the tiny ones, trim each piece's framing.

/** `inserted`: a clause set off by commas inside another ("X, which …, said"): not what follows is about */
export type Piece = { tokens: Token[]; attribution: boolean; verb?: string; lead?: Token[]; inserted?: boolean };

const LEAD_TRIM = new Set([
  "who",
  "after",
  "before",
  "when",
  "because",
  "once",
  "until",
  "and",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "that",
  "which",
  "however",
  "meanwhile",
  ",",
  "—",
  "–",
  "-",
  "so",
  "yet",
  "as",
  "where",
  "saying",
  "adding",
]);
const OPENING_QUOTE = /^[“"‘]$/;
const CLOSING_QUOTE = /^[”"’]$/;
/** A piece with fewer words than this joins the piece before it... */
const MIN_PIECE_WORDS = 3;
/** ...as does any piece after one with fewer words than this. */
const MIN_HOST_WORDS = 2;
/** Parts of speech that may open a framing phrase ("In a surprise move,", "Meanwhile,"). */
const FRAME_OPENER = /^(?:ADP|ADV|SCONJ)$/;
/** A framing phrase ends at a comma within this many tokens... */
const FRAME_REACH = 14;
/** ...and leaves at least this many tokens after it. */
const MIN_AFTER_FRAME = 4;

/**
 * Cuts a sentence into clause-sized pieces (one fact each where the grammar allows), never inside a
 * quotation, and marks the pieces that only say who is speaking ("officials said", "X told Y that").
 */
export function splitClauses(tokens: Token[], inQuote: (t: Token) => boolean): Piece[] {
  // "X, imposed after Y, was lifted": the inserted clause first, then the subject with its own verb
  const inserted = findParenthetical(tokens, inQuote);
  if (inserted) {
    const main = [...tokens.slice(0, inserted.from - 1), ...tokens.slice(inserted.to + 1)];
    const insert = tokens.slice(inserted.from, inserted.to);
    const own = keepsInsert(insert) ? splitClauses(insert, inQuote).map((p) => ({ ...p, inserted: true })) : [];
    return [...own, ...splitClauses(main, inQuote)];
  }
  return mergeTinyPieces(gatherPieces(findCuts(tokens, inQuote)))
    .map(trimPiece)
    .filter((p) => p.tokens.length > 0);
}

/** The tokens between each cut and the next, less the dropped ones. */
function gatherPieces({ tokens, starts, drop, attributionBefore }: ClauseCuts): Piece[] {
  const pieces: Piece[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? tokens.length;
    const toks: Token[] = [];
    for (let x = from; x < to; x++) if (!drop[x]) toks.push(tokens[x]!);
    const attribution = attributionBefore[to] === 1;
    const speech = toks.find(isSpeech);
    pieces.push({ tokens: toks, attribution, ...(attribution && speech ? { verb: speech.lemma } : {}) });
  }
  return pieces;
}

function wordCount(p: Piece): number {
  let n = 0;
  for (const t of p.tokens) if (t.pos !== "PUNCT") n++;
  return n;
}

function mergeTinyPieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (wordCount(p) < MIN_PIECE_WORDS || wordCount(prev) < MIN_HOST_WORDS) &&
      !prev.attribution &&
      !(p.attribution && wordCount(prev) >= MIN_PIECE_WORDS)
    ) {
      prev.tokens = [...prev.tokens, ...p.tokens];
      prev.attribution = p.attribution;
      if (p.verb) prev.verb = p.verb;
    } else out.push({ ...p });
  }
  return out;
}

// "In a surprise move," / "Moscow:" / "Meanwhile," before the subject: framing, not the fact.
function leadingFrame(toks: Token[]): number {
  if (toks.length > 2 && toks[0]!.pos === "PROPN" && toks[1]!.text === ":") return 2;
  if (!toks[0] || !FRAME_OPENER.test(toks[0].pos)) return 0;
  for (let k = 1; k < Math.min(toks.length - MIN_AFTER_FRAME, FRAME_REACH); k++) {
    const t = toks[k]!;
    if (t.text === ",") return toks.slice(0, k).some((x) => x.pos === "VERB" || x.pos === "AUX") ? 0 : k + 1;
    if (t.pos === "VERB" || t.pos === "AUX") return 0;
  }
  return 0;
}

function trimPiece(p: Piece): Piece {
  let s = leadingFrame(p.tokens);
  s += leadingFrame(p.tokens.slice(s));
  const lead = p.tokens.slice(0, s);
  let e = p.tokens.length;
  while (s < e && (LEAD_TRIM.has(p.tokens[s]!.lower) || (p.tokens[s]!.pos === "PUNCT" && !OPENING_QUOTE.test(p.tokens[s]!.text)))) s++;
  while (e > s && p.tokens[e - 1]!.pos === "PUNCT" && !CLOSING_QUOTE.test(p.tokens[e - 1]!.text)) e--;
  return { tokens: p.tokens.slice(s, e), attribution: p.attribution, ...(p.verb ? { verb: p.verb } : {}), lead };
}
