import type { ParsedText, Sentence, Token } from "../nlp/parse-text";
import type { EntityMention } from "../entities/find-entities";
import type { RoleHit } from "../entities/find-roles";
import { contentWords } from "./content-words";
import type { DraftClaim } from "./draft-claim";
import { findDates, resolveWeekday, type DateHit } from "./find-dates";
import { findQuantities } from "./find-quantities";
import { findQuotes, type QuoteSpan } from "./find-quotes";
import { SPEECH_VERBS } from "./lexicon";
import { splitClauses, type Piece } from "./split-clauses";
import { describeQuantity, findChannel, findSinceAnchor, isNegated, joinText } from "./claim-helpers";

export type ExtractInput = {
  parsed: ParsedText;
  publishedAt: string | null;
  roles: RoleHit[];
  entities: EntityMention[];
  /** the text's quotations, when the caller has found them already */
  quotes?: QuoteSpan[];
};

const PRONOUNS = new Set(["he", "she", "they", "him", "her"]);

/** Atomic claims of one cleaned report: counts, quotes, who-said, clauses, roles and dates. */
export function extractClaims({ parsed, publishedAt, roles, entities, quotes = findQuotes(parsed.text) }: ExtractInput): DraftClaim[] {
  const text = parsed.text;
  const out: DraftClaim[] = [];
  const persons = entities.filter((e) => e.type === "person");
  const units = mergeAcrossQuotes(parsed.sentences, quotes);
  units.forEach((unit, index) => {
    const toks = unit.tokens;
    const context = contentWords(toks);
    const unitQuotes = quotes.filter((q) => q.start >= unit.start && q.end <= unit.end + 1);
    const inQuote = (t: Token) => unitQuotes.some((q) => t.start >= q.innerStart && t.end <= q.innerEnd);
    const lastPerson = lastPersonBefore(persons, unit.start);
    const names = (s: number, e: number) => entities.filter((m) => m.start >= s && m.end <= e).map((m) => m.text);
    const dates = findDates(toks, publishedAt);
    const base = (kind: DraftClaim["kind"], s: number, e: number, words: string[]): DraftClaim => ({
      kind, start: s, end: e, summary: text.slice(s, e).replace(/\s+/g, " "), names: names(s, e), words, context,
      negated: false, sentence: index, publishedAt,
    });
    // quantities
    for (const q of findQuantities(toks)) {
      const claim = base("quantity", q.start, q.end, contentWords(toks.filter((t) => t.start >= q.start && t.end <= q.end)));
      claim.quantity = { value: q.value, low: q.low, high: q.high, unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), modifiers: q.modifiers };
      claim.summary = describeQuantity(q);
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
    const channel = findChannel(text.slice(unit.start, unit.end));
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
      return;
    }
    let pendingWho: string | undefined;
    let prevWords: string[] = [];
    const unitRoles = roles.filter((r) => r.start >= unit.start && r.end <= unit.end);
    for (const piece of splitClauses(toks, inQuote)) {
      let pt = piece.tokens;
      const lead = piece.lead ?? [];
      // A framing phrase with content of its own ("In a televised address on Monday,") is a claim too.
      if (lead.filter((t) => t.pos !== "PUNCT").length >= 4) {
        const lt = lead.filter((t, k) => !(k === lead.length - 1 && t.pos === "PUNCT"));
        const frame = base("event", lt[0]!.start, lt[lt.length - 1]!.end, contentWords(lt));
        attachDate(frame, dates, lt);
        out.push(frame);
      }
      const ownWords = contentWords(pt);
      // "that expired on Friday": a short clause leans on the noun it hangs from
      const words = ownWords.length < 4 ? [...new Set([...prevWords.slice(-3), ...ownWords])] : ownWords;
      prevWords = ownWords;
      if (piece.attribution) {
        const who = findSpeaker(pt, () => false, lastPerson) ?? speaker ?? joinText(text, pt.slice(0, Math.min(3, pt.length)));
        // The speaker's title already has its own role claim: the attribution keeps to the verb.
        const verbAt = pt.findIndex((t) => t.pos === "VERB" && SPEECH_VERBS.has(t.lemma));
        const subjectRoles = unitRoles.filter((r) => verbAt > 0 && r.start >= pt[0]!.start && r.end <= pt[verbAt]!.start);
        if (subjectRoles.length === 1) pt = pt.slice(auxStart(pt, verbAt));
        const s = pt[0]!.start;
        const e = pt[pt.length - 1]!.end;
        const claim = base("attribution", s, e, words);
        claim.attribution = { who, verb: piece.verb ?? "say" };
        attachDate(claim, dates, pt);
        out.push(claim);
        pendingWho = who;
        continue;
      }
      if (pt.filter((t) => t.pos !== "PUNCT").length < 3) continue;
      const s = pt[0]!.start;
      const e = pt[pt.length - 1]!.end;
      const kind = pt.some((t) => t.pos === "VERB" && SPEECH_VERBS.has(t.lemma)) || pendingWho ? "statement" : "event";
      const claim = base(kind, s, e, words);
      const who = pendingWho ?? subjectOf(pt, lastPerson);
      if (who) claim.subject = who;
      if (pendingWho) claim.names = [...new Set([...claim.names, pendingWho])];
      const fragment = unitQuotes.find((q) => q.innerStart >= s && q.innerEnd <= e);
      if (fragment) {
        claim.kind = "quote";
        claim.quote = { words: text.slice(fragment.innerStart, fragment.innerEnd), ...(speaker ? { speaker } : {}), ...(channel ? { channel } : {}) };
      }
      claim.negated = isNegated(pt);
      claim.pairs = coordinatedPairs(pt);
      const since = findSinceAnchor(pt);
      if (since) claim.since = since;
      attachDate(claim, dates, [...lead, ...pt]);
      out.push(claim);
      pendingWho = undefined;
    }
  });
  return out;
}

function attachDate(claim: DraftClaim, dates: DateHit[], pt: Token[]) {
  const s = pt[0]?.start ?? claim.start;
  const e = pt[pt.length - 1]?.end ?? claim.end;
  const d = dates.find((x) => x.start >= s && x.end <= e && x.weekday !== null) ?? dates.find((x) => x.start >= s && x.end <= e);
  if (!d) return;
  // "are due to meet on Friday": a future clause points at the coming weekday, not the last one
  const future = d.weekday !== null && pt.some((t) => /^(?:will|due|set|expected|scheduled|plans?|planned|next|upcoming)$/.test(t.lower));
  const iso = future && claim.publishedAt !== undefined ? resolveWeekday(claim.publishedAt, d.weekday!, 1) : d.iso;
  claim.date = { iso, phrase: d.phrase, weekday: d.weekday };
  if ((claim.kind === "event" || claim.kind === "statement") && d.weekday !== null) claim.kind = "date";
}

/** "gas and diesel": pairs of common nouns joined by and/or, sorted, for the verdict to compare. */
function coordinatedPairs(pt: Token[]): string[][] {
  const out: string[][] = [];
  for (let k = 1; k + 1 < pt.length; k++) {
    const a = pt[k - 1]!, c = pt[k]!, b = pt[k + 1]!;
    if ((c.lower === "and" || c.lower === "or") && a.pos === "NOUN" && b.pos === "NOUN" && /^[a-z]/.test(a.text) && /^[a-z]/.test(b.text)) out.push([a.lemma, b.lemma].sort());
  }
  return out;
}

function auxStart(pt: Token[], verbAt: number): number {
  let k = verbAt;
  while (k > 0 && (pt[k - 1]!.pos === "AUX" || pt[k - 1]!.pos === "ADV" || pt[k - 1]!.pos === "PART")) k--;
  return k;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s,.;:]/.test(text[e - 1]!)) e--;
  return e;
}

type Unit = { start: number; end: number; tokens: Token[] };

// A quotation that wink splits into two sentences is still one claim: join sentences a quote spans.
function mergeAcrossQuotes(sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const s of sentences) {
    const prev = units[units.length - 1];
    if (prev && quotes.some((q) => q.start < prev.end && q.end > s.start && q.start >= prev.start - 1 && !/\n/.test(""))) {
      prev.end = s.end;
      prev.tokens = [...prev.tokens, ...s.tokens];
    } else units.push({ start: s.start, end: s.end, tokens: [...s.tokens] });
  }
  return units;
}

function lastPersonBefore(persons: EntityMention[], at: number): string | undefined {
  let best: EntityMention | undefined;
  for (const p of persons) if (p.end <= at) best = p;
  return best?.text;
}

/** Who is speaking in a sentence: the name next to a speech verb ("said Ana", "Ana told"), or the last person named for "he". */
export function findSpeaker(toks: Token[], inQuote: (t: Token) => boolean, lastPerson: string | undefined): string | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (inQuote(t) || t.pos !== "VERB" || !SPEECH_VERBS.has(t.lemma)) continue;
    // "said Kalu" names the speaker; "told Coast Radio" names the listener
    const after = t.lemma === "tell" ? undefined : readNameAt(toks, i + 1, inQuote);
    if (after) return after;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const p = toks[k]!;
      if (inQuote(p)) break;
      if (p.pos === "PROPN") return readNameBack(toks, k);
      if (p.pos === "PRON" && PRONOUNS.has(p.lower)) return lastPerson;
    }
  }
  return undefined;
}

function readNameAt(toks: Token[], i: number, inQuote: (t: Token) => boolean): string | undefined {
  let k = i;
  while (k < toks.length && toks[k]!.pos === "PROPN" && !inQuote(toks[k]!)) k++;
  return k > i ? toks.slice(i, k).map((t) => t.text).join(" ") : undefined;
}

function readNameBack(toks: Token[], k: number): string {
  let s = k;
  while (s > 0 && toks[s - 1]!.pos === "PROPN") s--;
  return toks.slice(s, k + 1).map((t) => t.text).join(" ");
}

function subjectOf(pt: Token[], lastPerson: string | undefined): string | undefined {
  for (const t of pt.slice(0, 6)) {
    if (t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (t.pos === "PROPN") return readNameAt(pt, pt.indexOf(t), () => false);
    if (t.pos === "PRON" && PRONOUNS.has(t.lower)) return lastPerson;
  }
  return undefined;
}

export type { Piece };
