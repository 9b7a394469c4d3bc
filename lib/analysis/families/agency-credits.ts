import type { DraftClaim } from "../claims/draft-claim";
import { synsetsOf } from "../lexical/wordnet";
import type { RelayInput } from "./find-relays";

// Agencies a page credits for its text, by the shape of the credit, wherever it sits on the page: a wire
// dateline ("RABAT, 10 September (WAM) -", "(Bloomberg) --"), "told AFP", "an AFP journalist said", photo
// credits ("(Lewis Joly/AP)"), ", with AFP" closing a paragraph, a credit line of its own ("— Reuters").
// No list of agencies: a credit is an acronym or, in a dateline or a credit line, a name.

const ACRONYM = String.raw`[A-Z]{2,6}`;
const CREDIT_RES: RegExp[] = [
  new RegExp(String.raw`(?:^|\n)[^\n()]{0,60}\(([A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]+){0,2})\)[ \t]*(?:--?|—|–)`, "g"),
  new RegExp(String.raw`\btold (${ACRONYM})\b`, "g"),
  new RegExp(String.raw`\b(${ACRONYM}) (?:journalists?|correspondents?|reporters?|photographers?|staff)\b`, "g"),
  new RegExp(String.raw`/(${ACRONYM})\)`, "g"),
  new RegExp(String.raw`(?:,|\()[ \t]*with (${ACRONYM})\)?\.?[ \t]*(?:\n|$)`, "g"),
  // a credit line of its own after a dash: "— Reuters", "- AFP"
  new RegExp(String.raw`(?:^|\n)[ \t]*[—–-][ \t]*(${ACRONYM}|[A-Z][a-z]+)[ \t]*(?=\n|$)`, "g"),
];
/**
 * An acronym or a name that is a common English word (several WordNet senses: "TV", "NEWS", "Updates")
 * names no agency ("state TV reporter"); an abbreviation WordNet lists once ("AFP") may still be one.
 */
const isWord = (name: string) => synsetsOf(name.toLowerCase()).length >= 2;

/** The agencies credited on a page (raw or cleaned text), each once, in order of first credit. */
export function findAgencyCredits(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  CREDIT_RES.forEach((re, k) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]!;
      if ((k > 0 || /^[A-Z]+$/.test(name)) && isWord(name)) continue;
      found.push({ name, at: m.index });
    }
  });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

/** A report's relay evidence besides its prose: the agencies its page credits, its quotations, its figures. */
export function relayEvidenceOf(raw: string, drafts: DraftClaim[]): Pick<RelayInput, "credits" | "quotes" | "figures"> {
  return {
    credits: findAgencyCredits(raw),
    quotes: drafts.filter((d) => d.quote).map((d) => ({ words: d.quote!.words, ...(d.quote!.speaker ? { speaker: d.quote!.speaker } : {}) })),
    figures: [...new Set(drafts.flatMap((d) => (d.quantity ? [d.quantity.value] : d.clock ? [d.clock.value] : [])))],
  };
}
