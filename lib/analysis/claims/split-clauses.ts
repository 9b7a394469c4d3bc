import type { Token } from "../nlp/parse-text";
import { attributionEnd, finiteVerbAhead, isAppositive, isSpeech, isVerb, participlePhrase, pastClauseAhead, startsClause } from "./clause-shapes";
import { BARE_REPORT_VERBS } from "./lexicon";
import { findParenthetical, keepsInsert } from "./parentheticals";
import { sensesAs } from "../lexical/wordnet";

/** `inserted`: a clause set off by commas inside another ("X, which …, said"): not what follows is about */
export type Piece = { tokens: Token[]; attribution: boolean; verb?: string; lead?: Token[]; inserted?: boolean };

const COMMA_CONJ = new Set(["while", "whereas", "although", "though", "but", "which", "who", "saying", "adding", "with", "as", "where", "when"]);
const BARE_CONJ = new Set(["while", "whereas", "although", "but"]);
/** Leading clauses that only set the time or condition of the main clause: "Since X, Y" is one fact. */
const ADVERBIAL_LEAD = new Set(["since", "after", "before", "when", "if", "because", "as", "once", "until", "unless"]);
const DASH = /^[—–]$|^-$/;
/** Participles that introduce a list of examples or exceptions, as a preposition would. */
const LISTING = /^(?:including|excluding|notably|especially|particularly)$/;
/** Verbs of finding out: what follows "that" is the fact found. */
const FINDING = new Set(["find", "discover", "learn", "realise", "realize", "reveal", "show", "determine", "conclude", "establish", "notice", "detect"]);
const isFinding = (t: Token) => t.pos === "VERB" && FINDING.has(t.lemma);
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
  "when",
  "where",
  "saying",
  "adding",
]);

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
  // cuts only ever move forwards, so the piece starts come out sorted; flags per token (and one past
  // the end) rather than sets, since every sentence runs through here
  const starts = [0];
  const drop = new Uint8Array(tokens.length);
  const attributionBefore = new Uint8Array(tokens.length + 1);
  let pieceStart = 0;
  // index of the last verb seen, so "does this piece have a verb yet" costs nothing per token
  let lastVerb = -1;
  const cut = (at: number, attribution = false) => {
    if (at <= pieceStart || at >= tokens.length) return;
    starts.push(at);
    if (attribution) attributionBefore[at] = 1;
    pieceStart = at;
  };
  let closeAttribution = -1;
  // "According to a notice seen by X, …": the sentence opens with its source, up to the first comma
  let accordingLead = tokens[0]?.lower === "according" && tokens[1]?.lower === "to";
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isVerb(tokens[i - 1])) lastVerb = i - 1;
    if (inQuote(t)) continue;
    if (accordingLead) {
      if (t.text === ",") {
        accordingLead = false;
        drop[i] = 1;
        cut(i + 1, true);
      }
      continue;
    }
    if (i === closeAttribution) {
      drop[i] = 1;
      cut(i + 1, true);
      continue;
    }
    const next = tokens[i + 1];
    const pieceHasVerb = lastVerb >= pieceStart;
    if (t.text === ";" || (DASH.test(t.text) && t.start > tokens[i - 1]!.end)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    if (t.text === "," && cutsAtComma(tokens, i, pieceHasVerb)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    // "…, Ana Ruiz said." / "…, officials said, although …": who said it, after the fact
    if (t.text === "," && pieceHasVerb) {
      const end = attributionEnd(tokens, i + 1, inQuote);
      if (end === tokens.length) {
        drop[i] = 1;
        cut(i + 1);
        attributionBefore[tokens.length] = 1;
        continue;
      }
      if (end > 0) {
        drop[i] = 1;
        cut(i + 1);
        closeAttribution = end;
        continue;
      }
    }
    // "While X did not reply, he said ...": a comma then a new subject and verb
    if (
      t.text === "," &&
      next &&
      (next.pos === "PRON" || next.pos === "PROPN") &&
      pieceHasVerb &&
      startsClause(tokens, i + 1) &&
      !ADVERBIAL_LEAD.has(tokens[pieceStart]!.lower)
    ) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    // ", said the council is ready": a speech verb after a parenthesis starts the attribution
    if (t.text === "," && next && isSpeech(next) && BARE_REPORT_VERBS.has(next.lemma) && !pieceHasVerb === false && startsClause(tokens, i + 2)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    // ", a follow-up to ...": an appositive noun phrase after a complete clause
    if (t.text === "," && next && /^(?:a|an|the|its|their|his|her|our)$/.test(next.lower) && pieceHasVerb && !inQuote(next) && isAppositive(tokens, i + 1)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    if (BARE_CONJ.has(t.lower) && tokens[i - 1]!.text !== "," && pieceHasVerb) {
      cut(i);
      continue;
    }
    // "capsized after fire broke out": a timed subordinate clause is an event of its own (not "when asked";
    // a noun the tagger calls a verb, "fire" before "broke", is still the subject)
    // ("since shortly after the war began" is one time phrase, not a clause of its own)
    const timed =
      /^(?:after|before|when|because|once|until)$/.test(t.lower) &&
      !/^(?:shortly|soon|immediately|just|right|long|since)$/.test(tokens[i - 1]!.lower) &&
      pieceHasVerb;
    if (timed && ((startsClause(tokens, i + 1) && (!isVerb(next) || isVerb(tokens[i + 2]))) || pastClauseAhead(tokens, i + 1, 14))) {
      cut(i);
      continue;
    }
    if (t.lower === "that") {
      const speech = findRecent(tokens, pieceStart, i, isSpeech, 7);
      if (speech >= 0) {
        cut(i, true);
        continue;
      }
      if ((tokens[i - 1]!.pos === "NOUN" || tokens[i - 1]!.pos === "PUNCT") && isVerb(next)) {
        cut(i);
        continue;
      }
      // "after finding that a pump can fail": what was found is a fact of its own, not who found it
      if (findRecent(tokens, pieceStart, i, isFinding, 3) >= 0 && startsClause(tokens, i + 1)) {
        cut(i);
        continue;
      }
    }
    if (t.lower === "according" && next?.lower === "to" && pieceHasVerb) {
      cut(i);
      continue;
    }
    if (t.lower === "and" && pieceHasVerb && startsClause(tokens, i + 1)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    // "skidded off the runway, slammed into a barrier, and burst into flames": the last of a list of
    // verb phrases, its verb read as a noun by the tagger ("burst", "fire"): it is retagged a verb
    if (t.lower === "and" && tokens[i - 1]!.text === "," && isVerb(tokens[pieceStart]) && lastVerbInList(tokens, i + 1)) {
      tokens[i + 1]!.pos = "VERB";
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    // ", and the road between A and B is closed": after a comma, a longer subject may come before the verb
    if (t.lower === "and" && tokens[i - 1]!.text === "," && pieceHasVerb && next?.pos === "DET" && finiteVerbAhead(tokens, i + 2, 10)) {
      drop[i] = 1;
      cut(i + 1);
      continue;
    }
    if (isSpeech(t) && BARE_REPORT_VERBS.has(t.lemma) && startsClause(tokens, i + 1) && next?.lower !== "that") cut(i + 1, true);
  }
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
  return mergeTinyPieces(pieces)
    .map(trimPiece)
    .filter((p) => p.tokens.length > 0);
}

const DIRECTION = /^(?:into|onto|off|out|through|across|away|down|up|over)$/;

/** A word the tagger calls a noun that WordNet knows as a verb, then a particle of direction: "burst into". */
function lastVerbInList(tokens: Token[], k: number): boolean {
  const w = tokens[k],
    after = tokens[k + 1];
  return !!w && !!after && w.pos === "NOUN" && DIRECTION.test(after.lower) && sensesAs(w.lower, "v", 1).length > 0;
}

/** Whether a new piece starts after the comma at `i`: a conjunction, or a participle phrase after a clause. */
function cutsAtComma(tokens: Token[], i: number, pieceHasVerb: boolean): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  // (", as well as in other cities": a coordinator, not a clause)
  if (COMMA_CONJ.has(next.lower))
    return !(next.lower === "as" && tokens[i + 2]?.lower === "well") && (pieceHasVerb || next.lower === "while" || next.lower === "although");
  if (!pieceHasVerb) return false;
  // ", following talks in ...", ", marking the first ...": a participle phrase adds its own fact
  // (", including difficult terrain": examples of what the clause names, not a fact of their own)
  if (next.pos === "VERB" && /ing$/.test(next.lower)) return !LISTING.test(next.lower);
  // ", built between …", ", both made in …": a participle phrase describing what the clause names
  return participlePhrase(tokens, i + 1);
}

function findRecent(tokens: Token[], from: number, i: number, test: (t: Token) => boolean, window: number): number {
  for (let k = i - 1; k >= Math.max(from, i - window); k--) {
    if (test(tokens[k]!)) return k;
    if (isVerb(tokens[k]) && !test(tokens[k]!)) return -1;
  }
  return -1;
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
    if (prev && (wordCount(p) < 3 || wordCount(prev) < 2) && !prev.attribution && !(p.attribution && wordCount(prev) >= 3)) {
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
  if (!toks[0] || !/^(?:ADP|ADV|SCONJ)$/.test(toks[0].pos)) return 0;
  for (let k = 1; k < Math.min(toks.length - 4, 14); k++) {
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
  while (s < e && (LEAD_TRIM.has(p.tokens[s]!.lower) || (p.tokens[s]!.pos === "PUNCT" && !/^[“"‘]$/.test(p.tokens[s]!.text)))) s++;
  while (e > s && p.tokens[e - 1]!.pos === "PUNCT" && !/^[”"’]$/.test(p.tokens[e - 1]!.text)) e--;
  return { tokens: p.tokens.slice(s, e), attribution: p.attribution, ...(p.verb ? { verb: p.verb } : {}), lead };
}
