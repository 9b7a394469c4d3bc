import type { Token } from "../nlp/parse-text";
import { attributionEnd, finiteVerbAhead, isAppositive, isSpeech, isVerb, participlePhrase, pastClauseAhead, startsClause } from "./clause-shapes";
import { BARE_REPORT_VERBS } from "./lexicon";
import { sensesAs } from "../lexical/wordnet";

// Where a sentence is cut into clauses: one rule per kind of boundary, tried in order on each token
// outside quotation; the first that cuts wins.

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
/** Conjunctions that open a timed subordinate clause. */
const TIMING_CONJ = /^(?:after|before|when|because|once|until)$/;
/** Words that make "after …" one time phrase ("since shortly after the war began"), not a clause. */
const TIME_PHRASE_LEAD = /^(?:shortly|soon|immediately|just|right|long|since)$/;
/** Determiners that open an appositive noun phrase after a comma. */
const APPOSITIVE_START = /^(?:a|an|the|its|their|his|her|our)$/;
const DIRECTION = /^(?:into|onto|off|out|through|across|away|down|up|over)$/;
/** How far ahead a timed clause may hold its past-tense verb. */
const TIMED_CLAUSE_REACH = 14;
/** How far before "that" a speech verb makes it "said that". */
const SPEECH_BEFORE_THAT = 7;
/** How far before "that" a verb of finding makes it "found that". */
const FINDING_BEFORE_THAT = 3;
/** How far after ", and the" a longer subject may reach its verb. */
const LONG_SUBJECT_REACH = 10;

/** The cuts made so far in one sentence; cuts only ever move forwards, so piece starts come out sorted. */
export class ClauseCuts {
  readonly starts = [0];
  /** tokens left out of every piece (the comma or "and" a cut falls on); flags, since every sentence runs through here */
  readonly drop: Uint8Array;
  /** whether the piece ending before each index (and one past the end) only says who speaks */
  readonly attributionBefore: Uint8Array;
  pieceStart = 0;
  /** index of the last verb seen, so "does this piece have a verb yet" costs nothing per token */
  lastVerb = -1;
  /** the end of a who-said phrase after the fact ("…, officials said, although …") */
  closeAttribution = -1;

  constructor(
    readonly tokens: Token[],
    readonly inQuote: (t: Token) => boolean,
  ) {
    this.drop = new Uint8Array(tokens.length);
    this.attributionBefore = new Uint8Array(tokens.length + 1);
  }

  get pieceHasVerb(): boolean {
    return this.lastVerb >= this.pieceStart;
  }

  /** A new piece starts at `at`. */
  cut(at: number, attribution = false): true {
    if (at <= this.pieceStart || at >= this.tokens.length) return true;
    this.starts.push(at);
    if (attribution) this.attributionBefore[at] = 1;
    this.pieceStart = at;
    return true;
  }

  /** The token at `i` (a comma, a dash, "and") is left out and a new piece starts after it. */
  cutAfter(i: number, attribution = false): true {
    this.drop[i] = 1;
    return this.cut(i + 1, attribution);
  }
}

/** Marks every cut of the sentence. */
export function findCuts(tokens: Token[], inQuote: (t: Token) => boolean): ClauseCuts {
  const c = new ClauseCuts(tokens, inQuote);
  // "According to a notice seen by X, …": the sentence opens with its source, up to the first comma
  let accordingLead = tokens[0]?.lower === "according" && tokens[1]?.lower === "to";
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isVerb(tokens[i - 1])) c.lastVerb = i - 1;
    if (inQuote(t)) continue;
    if (accordingLead) {
      if (t.text === ",") {
        accordingLead = false;
        c.cutAfter(i, true);
      }
      continue;
    }
    if (i === c.closeAttribution) c.cutAfter(i, true);
    else cutAtToken(c, i);
  }
  return c;
}

/** The rules in order, the first that cuts winning. */
function cutAtToken(c: ClauseCuts, i: number): boolean {
  return cutAtPunctuation(c, i) || cutAtComma(c, i) || cutBeforeClause(c, i) || cutAtThat(c, i) || cutAtAnd(c, i) || cutAfterReportVerb(c, i);
}

function cutAtPunctuation(c: ClauseCuts, i: number): boolean {
  const t = c.tokens[i]!;
  return (t.text === ";" || (DASH.test(t.text) && t.start > c.tokens[i - 1]!.end)) && c.cutAfter(i);
}

function cutAtComma(c: ClauseCuts, i: number): boolean {
  const { tokens } = c;
  if (tokens[i]!.text !== ",") return false;
  const next = tokens[i + 1];
  const hasVerb = c.pieceHasVerb;
  if (cutsAtComma(tokens, i, hasVerb)) return c.cutAfter(i);
  // "…, Ana Ruiz said." / "…, officials said, although …": who said it, after the fact
  if (hasVerb && cutBeforeLateAttribution(c, i)) return true;
  if (!next || !hasVerb) return false;
  // "While X did not reply, he said ...": a comma then a new subject and verb
  if ((next.pos === "PRON" || next.pos === "PROPN") && startsClause(tokens, i + 1) && !ADVERBIAL_LEAD.has(tokens[c.pieceStart]!.lower)) return c.cutAfter(i);
  // ", said the council is ready": a speech verb after a parenthesis starts the attribution
  if (isSpeech(next) && BARE_REPORT_VERBS.has(next.lemma) && startsClause(tokens, i + 2)) return c.cutAfter(i);
  // ", a follow-up to ...": an appositive noun phrase after a complete clause
  return APPOSITIVE_START.test(next.lower) && !c.inQuote(next) && isAppositive(tokens, i + 1) && c.cutAfter(i);
}

function cutBeforeLateAttribution(c: ClauseCuts, i: number): boolean {
  const end = attributionEnd(c.tokens, i + 1, c.inQuote);
  if (end === c.tokens.length) {
    c.cutAfter(i);
    c.attributionBefore[c.tokens.length] = 1;
    return true;
  }
  if (end <= 0) return false;
  c.cutAfter(i);
  c.closeAttribution = end;
  return true;
}

/** A conjunction, a timed subordinate clause or "according to" after a clause with its verb. */
function cutBeforeClause(c: ClauseCuts, i: number): boolean {
  const { tokens } = c;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!c.pieceHasVerb) return false;
  if (BARE_CONJ.has(t.lower) && tokens[i - 1]!.text !== ",") return c.cut(i);
  // "capsized after fire broke out": a timed subordinate clause is an event of its own (not "when asked";
  // a noun the tagger calls a verb, "fire" before "broke", is still the subject)
  // ("since shortly after the war began" is one time phrase, not a clause of its own)
  const timed = TIMING_CONJ.test(t.lower) && !TIME_PHRASE_LEAD.test(tokens[i - 1]!.lower);
  if (timed && ((startsClause(tokens, i + 1) && (!isVerb(next) || isVerb(tokens[i + 2]))) || pastClauseAhead(tokens, i + 1, TIMED_CLAUSE_REACH)))
    return c.cut(i);
  return false;
}

function cutAtThat(c: ClauseCuts, i: number): boolean {
  const { tokens } = c;
  const t = tokens[i]!;
  if (t.lower !== "that") return cutBeforeAccording(c, i);
  if (findRecent(tokens, c.pieceStart, i, isSpeech, SPEECH_BEFORE_THAT) >= 0) return c.cut(i, true);
  if ((tokens[i - 1]!.pos === "NOUN" || tokens[i - 1]!.pos === "PUNCT") && isVerb(tokens[i + 1])) return c.cut(i);
  // "after finding that a pump can fail": what was found is a fact of its own, not who found it
  return findRecent(tokens, c.pieceStart, i, isFinding, FINDING_BEFORE_THAT) >= 0 && startsClause(tokens, i + 1) && c.cut(i);
}

function cutBeforeAccording(c: ClauseCuts, i: number): boolean {
  return c.tokens[i]!.lower === "according" && c.tokens[i + 1]?.lower === "to" && c.pieceHasVerb && c.cut(i);
}

function cutAtAnd(c: ClauseCuts, i: number): boolean {
  const { tokens } = c;
  if (tokens[i]!.lower !== "and") return false;
  const next = tokens[i + 1];
  const hasVerb = c.pieceHasVerb;
  const afterComma = tokens[i - 1]!.text === ",";
  if (hasVerb && startsClause(tokens, i + 1)) return c.cutAfter(i);
  // "skidded off the runway, slammed into a barrier, and burst into flames": the last of a list of
  // verb phrases, its verb read as a noun by the tagger ("burst", "fire"): it is retagged a verb
  if (afterComma && isVerb(tokens[c.pieceStart]) && lastVerbInList(tokens, i + 1)) {
    tokens[i + 1]!.pos = "VERB";
    return c.cutAfter(i);
  }
  // ", and the road between A and B is closed": after a comma, a longer subject may come before the verb
  return afterComma && hasVerb && next?.pos === "DET" && finiteVerbAhead(tokens, i + 2, LONG_SUBJECT_REACH) && c.cutAfter(i);
}

/** "officials said the road is closed": the who-said frame ends after its verb. */
function cutAfterReportVerb(c: ClauseCuts, i: number): boolean {
  const t = c.tokens[i]!;
  return isSpeech(t) && BARE_REPORT_VERBS.has(t.lemma) && startsClause(c.tokens, i + 1) && c.tokens[i + 1]?.lower !== "that" && c.cut(i + 1, true);
}

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
