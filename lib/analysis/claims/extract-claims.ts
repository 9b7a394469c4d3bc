import type { ParsedText } from "../nlp/parse-text";
import type { EntityMention } from "../entities/find-entities";
import type { RoleHit } from "../entities/find-roles";
import type { DraftClaim } from "./draft-claim";
import { filterClaims, tokensIn } from "./filter-claims";
import { dropSelfRepeats } from "./self-repeats";
import { attachClocks, findClockTimes } from "./find-clock-times";
import { ruleOn } from "../nlp/rule-switches";
import { findQuotes, type QuoteSpan } from "./find-quotes";
import { mergeAcrossQuotes } from "./claim-helpers";
import { readSentence, type ReportFacts } from "./claim-sentence";
import { CountReader, draftCountClaims, draftRoleClaims, rolesWithin } from "./count-claims";
import { draftQuotedSentence, isMostlyQuoted } from "./quote-claims";
import { draftClauseClaims } from "./clause-claims";

// Extraction, stage by stage, per sentence: read what the stages share (claim-sentence), then its counts
// and roles (count-claims), then either its quotations (quote-claims) or its clauses (clause-claims);
// clock times are attached over the whole report, then the drafts are filtered.

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
  const report: ReportFacts = {
    text,
    publishedAt,
    quotes,
    persons: entities.filter((e) => e.type === "person"),
    byStart: [...entities].sort((a, b) => a.start - b.start),
  };
  const units = mergeAcrossQuotes(parsed.sentences, quotes);
  const clocks = units.flatMap((u) => findClockTimes(text.slice(u.start, u.end), u.start));
  const countReader = new CountReader();
  const out: DraftClaim[] = [];
  units.forEach((unit, index) => {
    const s = readSentence(report, unit, index);
    const counts = countReader.countsOf(s);
    const sentenceRoles = rolesWithin(s, roles);
    out.push(...draftCountClaims(s, counts), ...draftRoleClaims(s, sentenceRoles));
    out.push(...(isMostlyQuoted(s) ? draftQuotedSentence(s) : draftClauseClaims(s, counts, sentenceRoles)));
  });
  attachClocks(out, clocks);
  return out;
}
