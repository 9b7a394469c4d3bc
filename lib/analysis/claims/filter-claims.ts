import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";

// What a fact-checker would check, and only that. Dropped: attribution stubs on their own ("officials
// said", "according to the ministry": the attribution belongs to the claim it attributes), scene-setting
// fragments with no verb ("The powerful earthquake", "At a press briefing"), an indefinite "one" read as a
// count ("one expert"), and a clause that says no more than a count already claimed from it ("killing 4
// people" beside "4 dead": one fact, one claim).

const ACCORDING_RE = /^(?:according to|as reported by|citing|quoting)\b/i;
const SPEECH_ONLY_RE = /^(?:AUX|VERB|PRON|DET|PROPN|NOUN|ADJ|ADV|PART|ADP|PUNCT|NUM|CCONJ)$/;

export function filterClaims(drafts: DraftClaim[], tokens: Token[]): DraftClaim[] {
  const within = (d: DraftClaim) => tokensIn(tokens, d.start, d.end);
  const counts = drafts.filter((d) => d.kind === "quantity");
  return drafts.filter((d) => {
    if (d.kind === "attribution") return false;
    if (d.kind === "quantity") return !isIndefiniteOne(tokens, d);
    if (d.kind !== "event" && d.kind !== "statement" && d.kind !== "date") return true;
    const toks = within(d).filter((t) => t.pos !== "PUNCT");
    // a bare "according to the ministry" is a stub; "according to an updated ministry toll" tells whose figure
    if (ACCORDING_RE.test(toks.map((t) => t.lower).join(" ")) && toks.length <= 4) return false;
    // a short phrase with no verb sets a scene ("At a press briefing"); a longer one may be an appositive fact
    if (toks.length <= 4 && !toks.some((t) => t.pos === "VERB" || t.pos === "AUX")) return false;
    // a subject and a speech verb alone ("The Korea Airports Corporation revealed") reports nothing
    if (d.speechAct && toks.length <= 5 && toks.every((t) => SPEECH_ONLY_RE.test(t.pos))) return false;
    const covered = toks.filter((t) => counts.some((q) => t.start >= q.start && t.end <= q.end)).length;
    // the clause is the count with a verb: the count claim says it
    return !(covered > 0 && toks.length - covered <= 1);
  });
}

const CASUALTIES = new Set(["dead", "injured", "missing", "critical", "hospitalised", "displaced", "evacuated", "arrested"]);

function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) out.push(tokens[k]!);
  return out;
}

/** "one expert", "at least one area": the word "one" with a thing, not a figure anyone reported. */
function isIndefiniteOne(tokens: Token[], d: DraftClaim): boolean {
  if (d.quantity?.value !== 1 || CASUALTIES.has(d.quantity.unit)) return false;
  return tokensIn(tokens, d.start, d.end).some((t) => t.lower === "one" || t.lower === "an" || t.lower === "a");
}
