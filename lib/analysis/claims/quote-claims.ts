import type { DraftClaim } from "./draft-claim";
import { contentWords } from "./content-words";
import { attachDate, trimEnd } from "./clause-features";
import { SPEECH_VERBS } from "./lexicon";
import { splitClauses } from "./split-clauses";
import { never, newClaim, quoteOf, tokensWithin, wordsIn, type ClaimSentence } from "./claim-sentence";
import type { Token } from "../nlp/parse-text";

/** Above this share of its letters quoted, a sentence is a quotation with a short "he said" frame. */
const QUOTED_SHARE = 0.5;
/** A quotation shorter than this many tokens says too little to be a claim. */
const MIN_QUOTE_TOKENS = 4;
/** A frame clause needs this many words to hold a fact of its own. */
const MIN_FRAME_WORDS = 3;

/** Whether most of the sentence is quotation. */
export function isMostlyQuoted(s: ClaimSentence): boolean {
  const quoteLetters = s.quotes.reduce((n, q) => n + (q.innerEnd - q.innerStart), 0);
  return quoteLetters > QUOTED_SHARE * (s.end - s.start);
}

/** A mostly quoted sentence: each quotation is the claim, plus any fact the frame tells besides who speaks. */
export function draftQuotedSentence(s: ClaimSentence): DraftClaim[] {
  return [...draftQuoteClaims(s), ...draftFrameFacts(s)];
}

function draftQuoteClaims(s: ClaimSentence): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const q of s.quotes) {
    const qt = tokensWithin(s.tokens, q.innerStart, q.innerEnd);
    if (qt.length < MIN_QUOTE_TOKENS) continue;
    const claim = newClaim(s, "quote", q.innerStart, trimEnd(s.text, q.innerStart, q.innerEnd), contentWords(qt));
    claim.quote = quoteOf(s, claim.start, claim.end);
    claim.summary = `${s.speaker ?? "Someone"}: “${claim.quote.words}”`;
    if (s.speaker) claim.names = [...new Set([...claim.names, s.speaker])];
    attachDate(claim, s.dates, qt);
    out.push(claim);
  }
  return out;
}

// The frame may hold a fact of its own besides who speaks: "X, who visited the site on Monday, said: …"
function draftFrameFacts(s: ClaimSentence): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const piece of splitClauses(
    s.tokens.filter((t) => !s.inQuote(t)),
    never,
  )) {
    const pt = piece.tokens;
    if (piece.attribution || wordsIn(pt) < MIN_FRAME_WORDS || !pt.some(isActVerb)) continue;
    const claim = newClaim(s, "event", pt[0]!.start, pt[pt.length - 1]!.end, contentWords(pt));
    attachDate(claim, s.dates, pt);
    out.push(claim);
  }
  return out;
}

const isActVerb = (t: Token) => t.pos === "VERB" && !SPEECH_VERBS.has(t.lemma);
