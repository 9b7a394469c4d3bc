import type { Token } from "../nlp/parse-text";
import { BARE_REPORT_VERBS, SPEECH_VERBS } from "./lexicon";
import { findParenthetical, keepsInsert } from "./parentheticals";

/** `inserted`: a clause set off by commas inside another ("X, which …, said"): not what follows is about */
export type Piece = { tokens: Token[]; attribution: boolean; verb?: string; lead?: Token[]; inserted?: boolean };

const COMMA_CONJ = new Set(["while", "whereas", "although", "though", "but", "which", "who", "saying", "adding", "with", "as", "where", "when"]);
const BARE_CONJ = new Set(["while", "whereas", "although", "but"]);
/** Leading clauses that only set the time or condition of the main clause: "Since X, Y" is one fact. */
const ADVERBIAL_LEAD = new Set(["since", "after", "before", "when", "if", "because", "as", "once", "until", "unless"]);
const DASH = /^[—–]$|^-$/;
const LEAD_TRIM = new Set(["who", "after", "before", "when", "because", "once", "until", "and", "but", "while", "whereas", "although", "though", "that", "which", "however", "meanwhile", ",", "—", "–", "-", "so", "yet", "as", "when", "where", "saying", "adding"]);

const isVerb = (t: Token | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX");
const isSpeech = (t: Token | undefined) => !!t && t.pos === "VERB" && SPEECH_VERBS.has(t.lemma);

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
      if (t.text === ",") { accordingLead = false; drop[i] = 1; cut(i + 1, true); }
      continue;
    }
    if (i === closeAttribution) { drop[i] = 1; cut(i + 1, true); continue; }
    const next = tokens[i + 1];
    const pieceHasVerb = lastVerb >= pieceStart;
    if (t.text === ";" || (DASH.test(t.text) && t.start > tokens[i - 1]!.end)) { drop[i] = 1; cut(i + 1); continue; }
    if (t.text === "," && next && COMMA_CONJ.has(next.lower) && (pieceHasVerb || next.lower === "while" || next.lower === "although")) { drop[i] = 1; cut(i + 1); continue; }
    // ", following talks in ...", ", marking the first ...": a participle phrase adds its own fact
    if (t.text === "," && next && next.pos === "VERB" && /ing$/.test(next.lower) && pieceHasVerb) { drop[i] = 1; cut(i + 1); continue; }
    // ", built between …", ", both made in …": a participle phrase describing what the clause names
    if (t.text === "," && pieceHasVerb && participlePhrase(tokens, i + 1)) { drop[i] = 1; cut(i + 1); continue; }
    // "…, Ana Ruiz said." / "…, officials said, although …": who said it, after the fact
    if (t.text === "," && pieceHasVerb) {
      const end = attributionEnd(tokens, i + 1, inQuote);
      if (end === tokens.length) { drop[i] = 1; cut(i + 1); attributionBefore[tokens.length] = 1; continue; }
      if (end > 0) { drop[i] = 1; cut(i + 1); closeAttribution = end; continue; }
    }
    // "While X did not reply, he said ...": a comma then a new subject and verb
    if (t.text === "," && next && (next.pos === "PRON" || next.pos === "PROPN") && pieceHasVerb && startsClause(tokens, i + 1) && !ADVERBIAL_LEAD.has(tokens[pieceStart]!.lower)) { drop[i] = 1; cut(i + 1); continue; }
    // ", said the council is ready": a speech verb after a parenthesis starts the attribution
    if (t.text === "," && next && isSpeech(next) && BARE_REPORT_VERBS.has(next.lemma) && !pieceHasVerb === false && startsClause(tokens, i + 2)) { drop[i] = 1; cut(i + 1); continue; }
    // ", a follow-up to ...": an appositive noun phrase after a complete clause
    if (t.text === "," && next && /^(?:a|an|the)$/.test(next.lower) && pieceHasVerb && !inQuote(next) && isAppositive(tokens, i + 1)) { drop[i] = 1; cut(i + 1); continue; }
    if (BARE_CONJ.has(t.lower) && tokens[i - 1]!.text !== "," && pieceHasVerb) { cut(i); continue; }
    // "capsized after fire broke out": a timed subordinate clause is an event of its own (not "when asked";
    // a noun the tagger calls a verb, "fire" before "broke", is still the subject)
    if (/^(?:after|before|when|because|once|until)$/.test(t.lower) && pieceHasVerb && startsClause(tokens, i + 1) && (!isVerb(next) || isVerb(tokens[i + 2]))) { cut(i); continue; }
    if (t.lower === "that") {
      const speech = findRecent(tokens, pieceStart, i, isSpeech, 7);
      if (speech >= 0) { cut(i, true); continue; }
      if ((tokens[i - 1]!.pos === "NOUN" || tokens[i - 1]!.pos === "PUNCT") && isVerb(next)) { cut(i); continue; }
    }
    if (t.lower === "according" && next?.lower === "to" && pieceHasVerb) { cut(i); continue; }
    if (t.lower === "and" && pieceHasVerb && startsClause(tokens, i + 1)) { drop[i] = 1; cut(i + 1); continue; }
    // ", and the road between A and B is closed": after a comma, a longer subject may come before the verb
    if (t.lower === "and" && tokens[i - 1]!.text === "," && pieceHasVerb && next?.pos === "DET" && finiteVerbAhead(tokens, i + 2, 10)) { drop[i] = 1; cut(i + 1); continue; }
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
  return mergeTinyPieces(pieces).map(trimPiece).filter((p) => p.tokens.length > 0);
}

function findRecent(tokens: Token[], from: number, i: number, test: (t: Token) => boolean, window: number): number {
  for (let k = i - 1; k >= Math.max(from, i - window); k--) {
    if (test(tokens[k]!)) return k;
    if (isVerb(tokens[k]) && !test(tokens[k]!)) return -1;
  }
  return -1;
}

/** A subject (up to four words) then a verb, or a verb straight away: the start of a new clause. */
function startsClause(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first) return false;
  if (first.lower === "to") return false; // an infinitive continues the verb before it
  if (isVerb(first) || first.lower === "that") return true;
  // "and on Tuesday she announced": a short time phrase may come before the new subject
  if (first.pos === "ADP" && /^(?:on|by|in|at)$/.test(first.lower) && tokens[i + 1]?.pos === "PROPN" && tokens[i + 2] && /^(?:PRON|PROPN|NOUN|DET)$/.test(tokens[i + 2]!.pos)) return startsClause(tokens, i + 2);
  // up to six words of subject: "its chief executive Oscar Lindqvist had …"
  for (let k = i; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    // "residents of A and B to leave": an infinitive, not a new subject and verb
    if (isVerb(t)) return k > i && tokens[k - 1]!.lower !== "to";
    if (!/^(?:PRON|PROPN|NOUN|DET|ADJ|NUM|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * ", officials said." / ", Ana Ruiz told reporters on Monday, …": a short subject, a speech verb and at
 * most a short listener or time phrase, up to the sentence end (returns its length) or to a comma
 * (returns the comma's index); -1 when the words after the comma are not such a phrase.
 */
function attributionEnd(tokens: Token[], from: number, inQuote: (t: Token) => boolean): number {
  let k = from;
  while (k < tokens.length && k - from < 5 && /^(?:PRON|PROPN|NOUN|DET|ADJ)$/.test(tokens[k]!.pos) && !inQuote(tokens[k]!)) k++;
  if (k === from || !isSpeech(tokens[k])) return -1;
  let words = 0;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.text === ",") return words <= 4 ? m : -1;
    if (t.pos === "PUNCT") continue;
    if (isVerb(t) || t.lower === "that" || inQuote(t) || ++words > 4) return -1;
  }
  return tokens.length;
}

function participlePhrase(tokens: Token[], i: number): boolean {
  const k = /^(?:both|all|each|most)$/.test(tokens[i]?.lower ?? "") ? i + 1 : i;
  const v = tokens[k], after = tokens[k + 1];
  return !!v && !!after && v.pos === "VERB" && !/ing$/.test(v.lower) && !isSpeech(v) && after.pos === "ADP" && after.lower !== "to" && after.lower !== "that";
}

/** A finite verb within `window` tokens, with no punctuation or verb form in between: "… is closed". */
function finiteVerbAhead(tokens: Token[], from: number, window: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + window); k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return !/(?:ing|ed)$/.test(t.lower) && tokens[k - 1]?.lower !== "to";
    if (t.pos === "PUNCT") return false;
  }
  return false;
}

/** "two models, the Falcon and the Heron": a list of names spells out the noun before it. */
function isNameList(tokens: Token[], i: number): boolean {
  let names = 0;
  for (let k = i; k < tokens.length && tokens[k]!.text !== ","; k++) {
    const t = tokens[k]!;
    if (t.pos === "PROPN") names++;
    else if (!/^(?:the|a|an|and|or)$/.test(t.lower)) return false;
  }
  return names >= 2;
}

/** ", the first such offer since ...": a noun phrase with no verb of its own up to the next comma. */
function isAppositive(tokens: Token[], i: number): boolean {
  if (isNameList(tokens, i)) return false;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || (k > i + 2 && /^(?:that|which|who|where)$/.test(t.lower))) return k - i >= 3;
    if (isVerb(t) && !/(?:ed|ing)$/.test(t.lower)) return false;
  }
  return tokens.length - i >= 3;
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
  while (s < e && (LEAD_TRIM.has(p.tokens[s]!.lower) || p.tokens[s]!.pos === "PUNCT" && !/^[“"‘]$/.test(p.tokens[s]!.text))) s++;
  while (e > s && p.tokens[e - 1]!.pos === "PUNCT" && !/^[”"’]$/.test(p.tokens[e - 1]!.text)) e--;
  return { tokens: p.tokens.slice(s, e), attribution: p.attribution, ...(p.verb ? { verb: p.verb } : {}), lead };
}
