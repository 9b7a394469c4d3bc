import type { RoleHit } from "../entities/find-roles";
import type { DraftClaim } from "./draft-claim";
import { contentWords } from "./content-words";
import { describeQuantity, earlierYear, predicateOf } from "./claim-helpers";
import { findQuantities, type QuantityHit } from "./find-quantities";
import { namesIn, newClaim, tokensWithin, type ClaimSentence } from "./claim-sentence";

/** How many sentences back a figure that names no noun may borrow what the last counts counted. */
const UNIT_MEMORY_SENTENCES = 2;
/** Units that count no things (a share, an age, a quake's size): never lent to a bare figure. */
const UNCOUNTED_UNIT = /^(?:%|years old|magnitude)$/;

/** Reads each sentence's counts, remembering what the last counts counted for a figure that names no noun. */
export class CountReader {
  private recent: { unit: string; index: number } | undefined;

  countsOf(s: ClaimSentence): QuantityHit[] {
    const recent = this.recent && s.index - this.recent.index <= UNIT_MEMORY_SENTENCES ? this.recent.unit : undefined;
    const counts = findQuantities(s.tokens, recent);
    const counted = counts.filter((q) => !UNCOUNTED_UNIT.test(q.unit));
    if (counted.length) this.recent = { unit: counted[counted.length - 1]!.unit, index: s.index };
    return counts;
  }
}

/** One quantity claim per count, named by everything the sentence names. */
export function draftCountClaims(s: ClaimSentence, counts: QuantityHit[]): DraftClaim[] {
  return counts.map((q) => {
    const claim = newClaim(s, "quantity", q.start, q.end, contentWords(tokensWithin(s.tokens, q.start, q.end)));
    claim.quantity = { value: q.value, low: q.low, high: q.high, unit: q.unit, ...(q.qualifier ? { qualifier: q.qualifier } : {}), modifiers: q.modifiers };
    claim.summary = describeQuantity(q);
    const predicate = predicateOf(s.tokens, q);
    if (predicate) claim.predicate = predicate;
    const era = earlierYear(s.tokens, q.start, s.publishedAt);
    if (era) claim.era = era;
    claim.names = namesIn(s, s.start, s.end);
    return claim;
  });
}

/** The roles found within the sentence. */
export function rolesWithin(s: ClaimSentence, roles: RoleHit[]): RoleHit[] {
  return roles.filter((r) => r.start >= s.start && r.end <= s.end);
}

/** One role claim per title the sentence gives someone. */
export function draftRoleClaims(s: ClaimSentence, roles: RoleHit[]): DraftClaim[] {
  return roles.map((r) => {
    const claim = newClaim(s, "role", r.start, r.end, [r.office]);
    claim.role = { person: r.person, title: r.title, office: r.office, former: r.former };
    claim.summary = `${r.person}: ${r.title}`;
    claim.names = [r.person];
    return claim;
  });
}
