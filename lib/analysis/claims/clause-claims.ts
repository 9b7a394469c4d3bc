import type { Token } from "../nlp/parse-text";
import type { RoleHit } from "../entities/find-roles";
import type { DraftClaim } from "./draft-claim";
import type { QuantityHit } from "./find-quantities";
import { contentWords } from "./content-words";
import { attachDate, auxStart, coordinatedPairs } from "./clause-features";
import { findSinceAnchor, isNegated, joinText } from "./claim-helpers";
import { findSpeaker, subjectOf } from "./find-speaker";
import { SPEECH_VERBS } from "./lexicon";
import { splitClauses, type Piece } from "./split-clauses";
import { namesIn, never, newClaim, quoteOf, wordsIn, type ClaimSentence } from "./claim-sentence";

/** A framing phrase before the clause with at least this many words has content of its own. */
const MIN_LEAD_WORDS = 4;
/** A clause with fewer own content words than this leans on the nouns before it... */
const SHORT_CLAUSE_WORDS = 4;
/** ...borrowing at most this many of them. */
const BORROWED_NOUNS = 3;
/** A clause needs this many words to be a claim. */
const MIN_CLAUSE_WORDS = 3;
/** With no name and no verb found, who speaks is this many first words of the attribution. */
const UNNAMED_SPEAKER_WORDS = 3;
const DEFAULT_SPEECH_VERB = "say";

/** What one clause hands to the next: who was just said to speak, and the nouns it was about. */
type ClauseMemory = { pendingWho?: string; pendingVerb?: string; prevNouns: string[] };

/** A prose sentence cut into clauses: a claim per clause, per who-said frame and per framing phrase. */
export function draftClauseClaims(s: ClaimSentence, counts: QuantityHit[], roles: RoleHit[]): DraftClaim[] {
  const out: DraftClaim[] = [];
  const memory: ClauseMemory = { prevNouns: [] };
  const pieces = splitClauses(s.tokens, s.inQuote);
  for (const [pieceIndex, piece] of pieces.entries()) {
    const lead = piece.lead ?? [];
    const frame = draftLeadFrame(s, lead);
    if (frame) out.push(frame);
    const words = clauseWords(piece, memory);
    if (piece.attribution) {
      out.push(draftAttribution(s, piece, words, roles, memory));
      continue;
    }
    if (wordsIn(piece.tokens) < MIN_CLAUSE_WORDS) continue;
    out.push(draftClause(s, piece, words, lead, pieceIndex === pieces.length - 1, memory));
    attachClauseFeatures(s, out[out.length - 1]!, piece.tokens, lead, counts);
  }
  return out;
}

// A framing phrase with content of its own ("In a televised address on Monday,") is a claim too.
function draftLeadFrame(s: ClaimSentence, lead: Token[]): DraftClaim | undefined {
  if (wordsIn(lead) < MIN_LEAD_WORDS) return undefined;
  const lt = lead.filter((t, k) => !(k === lead.length - 1 && t.pos === "PUNCT"));
  const frame = newClaim(s, "event", lt[0]!.start, lt[lt.length - 1]!.end, contentWords(lt));
  frame.frame = true;
  attachDate(frame, s.dates, lt);
  return frame;
}

// "that expired on Friday", "and has not been charged": a short clause leans on the nouns and names
// before it (what it is about), not on their verb (what happened to them)
function clauseWords(piece: Piece, memory: ClauseMemory): string[] {
  const ownWords = contentWords(withoutSubjectNames(piece.tokens));
  const words = ownWords.length < SHORT_CLAUSE_WORDS ? [...new Set([...memory.prevNouns.slice(-BORROWED_NOUNS), ...ownWords])] : ownWords;
  if (!piece.inserted) memory.prevNouns = contentWords(piece.tokens.filter(isNounish));
  return words;
}

/** "officials said", "X told Y that": who speaks, for the clause it frames. */
function draftAttribution(s: ClaimSentence, piece: Piece, words: string[], roles: RoleHit[], memory: ClauseMemory): DraftClaim {
  let pt = piece.tokens;
  const verbAt = pt.findIndex(isSpeechVerb);
  // with no name, who speaks is the words before the verb ("The airline"), else the first few
  const who =
    findSpeaker(pt, never, s.lastPerson) ?? s.speaker ?? joinText(s.text, pt.slice(0, verbAt > 0 ? verbAt : Math.min(UNNAMED_SPEAKER_WORDS, pt.length)));
  // The speaker's title already has its own role claim: the attribution keeps to the verb.
  const subjectRoles = roles.filter((r) => verbAt > 0 && r.start >= pt[0]!.start && r.end <= pt[verbAt]!.start);
  if (subjectRoles.length === 1) pt = pt.slice(auxStart(pt, verbAt));
  const claim = newClaim(s, "attribution", pt[0]!.start, pt[pt.length - 1]!.end, words);
  claim.attribution = { who, verb: piece.verb ?? DEFAULT_SPEECH_VERB };
  if (!claim.names.includes(who)) claim.names.push(who);
  attachDate(claim, s.dates, pt);
  memory.pendingWho = who;
  memory.pendingVerb = piece.verb ?? DEFAULT_SPEECH_VERB;
  return claim;
}

/** A clause of fact or speech, attributed to the who-said frame before it if any. */
function draftClause(s: ClaimSentence, piece: Piece, words: string[], lead: Token[], last: boolean, memory: ClauseMemory): DraftClaim {
  const pt = piece.tokens;
  const start = pt[0]!.start;
  const end = pt[pt.length - 1]!.end;
  const speaks = pt.some(isSpeechVerb);
  const pendingWho = memory.pendingWho;
  const claim = newClaim(s, speaks || pendingWho ? "statement" : "event", start, end, words);
  // "X, who visited the site on Monday, said": the inserted clause is about the subject before it
  if (piece.inserted) claim.names = [...new Set([...namesIn(s, s.start, start), ...claim.names])];
  // "Ana voiced hope on Monday, saying …": the clause reports an act of speaking that frames
  // what follows, like a who-said frame
  if (speaks && !pendingWho && !last) claim.speechAct = true;
  const who = pendingWho ?? subjectOf(pt, s.lastPerson);
  if (who) claim.subject = who;
  if (pendingWho) {
    claim.names = [...new Set([...claim.names, pendingWho])];
    // the attribution belongs to the claim it attributes (its own stub is dropped by filterClaims)
    if (memory.pendingVerb) claim.attribution = { who: pendingWho, verb: memory.pendingVerb };
  }
  memory.pendingWho = undefined;
  return claim;
}

/** The clause's quoted fragment, negation, coordinated pairs, "since" anchor and date. */
function attachClauseFeatures(s: ClaimSentence, claim: DraftClaim, pt: Token[], lead: Token[], counts: QuantityHit[]) {
  const { start, end } = claim;
  const fragment = s.quotes.find((q) => q.innerStart >= start && q.innerEnd <= end);
  if (fragment) {
    claim.kind = "quote";
    claim.quote = quoteOf(s, fragment.innerStart, fragment.innerEnd);
  }
  claim.negated = isNegated(pt);
  // "hundreds of drone and artillery attacks": a list that is what a count counts is compared on the count
  claim.pairs = coordinatedPairs(pt).filter((pair) => !counts.some((q) => q.start >= start && q.end <= end && sameItems(q.modifiers, pair)));
  const since = findSinceAnchor(pt);
  if (since) claim.since = since;
  attachDate(claim, s.dates, [...lead, ...pt]);
}

function sameItems(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * A clause's words without the names of its subject ("The Corra Bay was inspected"): who it is about is
 * matched through its entities; its words should say what happened, so that two facts about one ship
 * or one minister do not look alike for the name alone. Names after the verb ("talks with Ukraine") stay.
 */
function withoutSubjectNames(pt: Token[]): Token[] {
  const verb = pt.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb <= 0) return pt;
  return pt.filter((t, k) => k >= verb || t.pos !== "PROPN");
}
const isNounish = (t: Token) => t.pos === "NOUN" || t.pos === "PROPN";
const isSpeechVerb = (t: Token) => t.pos === "VERB" && SPEECH_VERBS.has(t.lemma);
