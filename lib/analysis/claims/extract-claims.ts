import type { ParsedText, Token } from "../nlp/parse-text";
import type { EntityMention } from "../entities/find-entities";
import type { RoleHit } from "../entities/find-roles";
import { contentWords } from "./content-words";
import type { DraftClaim } from "./draft-claim";
import { attachDate, auxStart, coordinatedPairs, trimEnd } from "./clause-features";
import { filterClaims, tokensIn } from "./filter-claims";
import { dropSelfRepeats } from "./self-repeats";
import { findDates } from "./find-dates";
import { attachClocks, findClockTimes } from "./find-clock-times";
import { ruleOn } from "../nlp/rule-switches";
import { findQuantities } from "./find-quantities";
import { findQuotes, type QuoteSpan } from "./find-quotes";
import { SPEECH_VERBS } from "./lexicon";
import { splitClauses } from "./split-clauses";
import { describeQuantity, earlierYear, findChannel, findSinceAnchor, isNegated, joinText, mergeAcrossQuotes, namesWithin, predicateOf } from "./claim-helpers";
import { findSpeaker, lastPersonBefore, subjectOf } from "./find-speaker";

export type ExtractInput = {
  parsed: ParsedText;
  publishedAt: string | null;
  roles: RoleHit[];
  entities: EntityMention[];
  /** the text's quotations, when the caller has found them already */
  quotes?: QuoteSpan[];
};

/** Atomic claims of one cleaned report: counts, quotes, who-said, clauses, roles and dates. */
export function extractClaims(input: ExtractInput): DraftClaim[] {
  const drafts = draftClaims(input);
  const kept = ruleOn("claim-filter") ? filterClaims(drafts, input.parsed.tokens) : drafts;
  return ruleOn("self-repeats") ? dropSelfRepeats(kept, (d) => tokensIn(input.parsed.tokens, d.start, d.end)) : kept;
}

function draftClaims({ parsed, publishedAt, roles, entities, quotes = findQuotes(parsed.text) }: ExtractInput): DraftClaim[] {
  const text = parsed.text;
  const out: DraftClaim[] = [];
  const persons = entities.filter((e) => e.type === "person");
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const units = mergeAcrossQuotes(parsed.sentences, quotes);
  const clocks = units.flatMap((u) => findClockTimes(text.slice(u.start, u.end), u.start));
  // what the last counts of the two sentences before counted, for a figure that names no noun
  let recentUnit: { unit: string; index: number } | undefined;
  units.forEach((unit, index) => {
    const toks = unit.tokens;
    const context = contentWords(toks);
    const unitQuotes = quotes.filter((q) => q.start >= unit.start && q.end <= unit.end + 1);
    // most sentences quote nobody: then no token needs checking
    const inQuote = unitQuotes.length === 0 ? never : (t: Token) => unitQuotes.some((q) => t.start >= q.innerStart && t.end <= q.innerEnd);
    const lastPerson = lastPersonBefore(persons, unit.start);
    const names = (s: number, e: number) => namesWithin(byStart, s, e);
    const dates = findDates(toks, publishedAt);
    const base = (kind: DraftClaim["kind"], s: number, e: number, words: string[]): DraftClaim => ({
      kind,
      start: s,
      end: e,
      summary: oneLine(text.slice(s, e)),
      names: names(s, e),
      words,
      context,
      negated: false,
      sentence: index,
      publishedAt,
    });
    // quantities
    const counts = findQuantities(toks, recentUnit && index - recentUnit.index <= 2 ? recentUnit.unit : undefined);
    const counted = counts.filter((q) => !/^(?:%|years old|magnitude)$/.test(q.unit));
    if (counted.length) recentUnit = { unit: counted[counted.length - 1]!.unit, index };
    for (const q of counts) {
      const claim = base("quantity", q.start, q.end, contentWords(toks.filter((t) => t.start >= q.start && t.end <= q.end)));
      claim.quantity = { value: q.value, low: q.low, high: q.high, unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), modifiers: q.modifiers };
      claim.summary = describeQuantity(q);
      const predicate = predicateOf(toks, q);
      if (predicate) claim.predicate = predicate;
      const era = earlierYear(toks, q.start, publishedAt);
      if (era) claim.era = era;
      claim.names = names(unit.start, unit.end);
      out.push(claim);
    }
    // roles
    for (const r of roles.filter((r) => r.start >= unit.start && r.end <= unit.end)) {
      const claim = base("role", r.start, r.end, [r.office]);
      claim.role = { person: r.person, title: r.title, office: r.office, former: r.former };
      claim.summary = `${r.person}: ${r.title}`;
      claim.names = [r.person];
      out.push(claim);
    }
    const quoteLetters = unitQuotes.reduce((n, q) => n + (q.innerEnd - q.innerStart), 0);
    const speaker = findSpeaker(toks, inQuote, lastPerson);
    // only quotations carry a channel: most sentences quote nobody, so skip its patterns there
    const channel = unitQuotes.length ? findChannel(text.slice(unit.start, unit.end)) : undefined;
    if (quoteLetters > 0.5 * (unit.end - unit.start)) {
      // A quotation with a short "he said" frame: the quote is the claim.
      for (const q of unitQuotes) {
        const qt = toks.filter((t) => t.start >= q.innerStart && t.end <= q.innerEnd);
        if (qt.length < 4) continue;
        const claim = base("quote", q.innerStart, trimEnd(text, q.innerStart, q.innerEnd), contentWords(qt));
        claim.quote = { words: text.slice(claim.start, claim.end), ...(speaker ? { speaker } : {}), ...(channel ? { channel } : {}) };
        claim.summary = `${speaker ?? "Someone"}: “${claim.quote.words}”`;
        if (speaker) claim.names = [...new Set([...claim.names, speaker])];
        attachDate(claim, dates, qt);
        out.push(claim);
      }
      // The frame may hold a fact of its own besides who speaks: "X, who visited the site on Monday, said: …"
      for (const piece of splitClauses(
        toks.filter((t) => !inQuote(t)),
        never,
      )) {
        const pt = piece.tokens;
        if (piece.attribution || pt.filter((t) => t.pos !== "PUNCT").length < 3 || !pt.some(isActVerb)) continue;
        const claim = base("event", pt[0]!.start, pt[pt.length - 1]!.end, contentWords(pt));
        attachDate(claim, dates, pt);
        out.push(claim);
      }
      return;
    }
    let pendingWho: string | undefined;
    let pendingVerb: string | undefined;
    let prevNouns: string[] = [];
    const unitRoles = roles.filter((r) => r.start >= unit.start && r.end <= unit.end);
    const pieces = splitClauses(toks, inQuote);
    for (const [pieceIndex, piece] of pieces.entries()) {
      let pt = piece.tokens;
      const lead = piece.lead ?? [];
      // A framing phrase with content of its own ("In a televised address on Monday,") is a claim too.
      if (lead.filter((t) => t.pos !== "PUNCT").length >= 4) {
        const lt = lead.filter((t, k) => !(k === lead.length - 1 && t.pos === "PUNCT"));
        const frame = base("event", lt[0]!.start, lt[lt.length - 1]!.end, contentWords(lt));
        frame.frame = true;
        attachDate(frame, dates, lt);
        out.push(frame);
      }
      const ownWords = contentWords(withoutSubjectNames(pt));
      // "that expired on Friday", "and has not been charged": a short clause leans on the nouns and names
      // before it (what it is about), not on their verb (what happened to them)
      const words = ownWords.length < 4 ? [...new Set([...prevNouns.slice(-3), ...ownWords])] : ownWords;
      if (!piece.inserted) prevNouns = contentWords(pt.filter(isNounish));
      if (piece.attribution) {
        const verbAt = pt.findIndex((t) => t.pos === "VERB" && SPEECH_VERBS.has(t.lemma));
        // with no name, who speaks is the words before the verb ("The airline"), else the first few
        const who = findSpeaker(pt, () => false, lastPerson) ?? speaker ?? joinText(text, pt.slice(0, verbAt > 0 ? verbAt : Math.min(3, pt.length)));
        // The speaker's title already has its own role claim: the attribution keeps to the verb.
        const subjectRoles = unitRoles.filter((r) => verbAt > 0 && r.start >= pt[0]!.start && r.end <= pt[verbAt]!.start);
        if (subjectRoles.length === 1) pt = pt.slice(auxStart(pt, verbAt));
        const s = pt[0]!.start;
        const e = pt[pt.length - 1]!.end;
        const claim = base("attribution", s, e, words);
        claim.attribution = { who, verb: piece.verb ?? "say" };
        if (!claim.names.includes(who)) claim.names.push(who);
        attachDate(claim, dates, pt);
        out.push(claim);
        pendingWho = who;
        pendingVerb = piece.verb ?? "say";
        continue;
      }
      if (pt.filter((t) => t.pos !== "PUNCT").length < 3) continue;
      const s = pt[0]!.start;
      const e = pt[pt.length - 1]!.end;
      const speaks = pt.some((t) => t.pos === "VERB" && SPEECH_VERBS.has(t.lemma));
      const claim = base(speaks || pendingWho ? "statement" : "event", s, e, words);
      // "X, who visited the site on Monday, said": the inserted clause is about the subject before it
      if (piece.inserted) claim.names = [...new Set([...names(unit.start, s), ...claim.names])];
      // "Ana voiced hope on Monday, saying …": the clause reports an act of speaking that frames
      // what follows, like a who-said frame
      if (speaks && !pendingWho && pieceIndex < pieces.length - 1) claim.speechAct = true;
      const who = pendingWho ?? subjectOf(pt, lastPerson);
      if (who) claim.subject = who;
      if (pendingWho) {
        claim.names = [...new Set([...claim.names, pendingWho])];
        // the attribution belongs to the claim it attributes (its own stub is dropped by filterClaims)
        if (pendingVerb) claim.attribution = { who: pendingWho, verb: pendingVerb };
      }
      const fragment = unitQuotes.find((q) => q.innerStart >= s && q.innerEnd <= e);
      if (fragment) {
        claim.kind = "quote";
        claim.quote = { words: text.slice(fragment.innerStart, fragment.innerEnd), ...(speaker ? { speaker } : {}), ...(channel ? { channel } : {}) };
      }
      claim.negated = isNegated(pt);
      // "hundreds of drone and artillery attacks": a list that is what a count counts is compared on the count
      claim.pairs = coordinatedPairs(pt).filter((pair) => !counts.some((q) => q.start >= s && q.end <= e && sameItems(q.modifiers, pair)));
      const since = findSinceAnchor(pt);
      if (since) claim.since = since;
      attachDate(claim, dates, [...lead, ...pt]);
      out.push(claim);
      pendingWho = undefined;
    }
  });
  attachClocks(out, clocks);
  return out;
}

const never = () => false;

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
const isActVerb = (t: Token) => t.pos === "VERB" && !SPEECH_VERBS.has(t.lemma);

const SPACE_RUN = /\s{2,}|[^\S ]/;

function oneLine(s: string): string {
  return SPACE_RUN.test(s) ? s.replace(/\s+/g, " ") : s;
}
