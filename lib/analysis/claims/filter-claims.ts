import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";
import { SPEECH_VERBS, WEEKDAYS } from "./lexicon";
import { ruleOn } from "../nlp/rule-switches";
import { isEmptyFrame } from "./scene-frames";
import { isGenericBackground } from "./background";

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
  const frames = ruleOn("frames");
  const background = ruleOn("background");
  return drafts.filter((d) => {
    if (d.kind === "attribution") return false;
    if (d.kind === "quantity") return !isIndefiniteOne(tokens, d);
    // "Mr Macron": a form of address (its office reads as nothing), not an office anyone could check
    if (d.kind === "role") return !!d.role && d.role.office !== "" && !HONORIFIC.test(d.role.office);
    if (d.kind !== "event" && d.kind !== "statement" && d.kind !== "date") return true;
    const toks = within(d).filter((t) => t.pos !== "PUNCT");
    if (isAttributionStub(toks)) return false;
    if (frames && isEmptyFrame(d, toks)) return false;
    if (background && isGenericBackground(d, toks)) return false;
    // a short phrase with no verb sets a scene ("At a press briefing"); a longer one may be an appositive fact
    if (toks.length <= 4 && !toks.some((t) => t.pos === "VERB" || t.pos === "AUX")) return false;
    // a subject and a speech verb alone ("The Korea Airports Corporation revealed") reports nothing
    if (d.speechAct && toks.length <= 5 && toks.every((t) => SPEECH_ONLY_RE.test(t.pos))) return false;
    const inside = counts.filter((q) => q.start < d.end && q.end > d.start);
    if (!inside.length) return true;
    const rest = toks.filter((t) => !inside.some((q) => t.start >= q.start && t.end <= q.end));
    // the clause is the count with its verb and at most a short subject ("The blast killed 4 people"):
    // the count claim says it, in one row
    return !(rest.length < toks.length && rest.length <= 3 && rest.every((t) => SUBJECT_POS.test(t.pos)));
  });
}

// Words of the channel and time of a statement: "in a press release", "at a briefing on Sunday".
const CHANNEL_WORDS = new Set([
  "statement",
  "release",
  "press",
  "briefing",
  "conference",
  "tweet",
  "post",
  "interview",
  "message",
  "communique",
  "communiqué",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "official",
  "officials",
  "source",
  "sources",
  "television",
  "tv",
  "radio",
  "agency",
  "earlier",
  "later",
  "today",
  "yesterday",
  "morning",
  "evening",
  "night",
  "afternoon",
  "week",
]);

/**
 * "The ministry said in a press release", "X reported Sunday", "according to South Korea's Transport
 * Ministry", "according to a press briefing by …": who spoke and where, with nothing said. "according to an
 * updated ministry toll" names whose figure it is (a common noun beyond the channel) and stays.
 */
function isAttributionStub(toks: Token[]): boolean {
  const lower = toks.map((t) => t.lower).join(" ");
  const according = ACCORDING_RE.test(lower);
  const verbs = toks.filter((t) => t.pos === "VERB");
  if (!according && (verbs.length !== 1 || !SPEECH_VERBS.has(verbs[0]!.lemma))) return false;
  if (toks.some((t) => t.pos === "NUM")) return false;
  // "Deaths were also reported in …": a passive says what was reported
  if (!according && toks.slice(0, toks.indexOf(verbs[0]!)).some((t) => t.lemma === "be")) return false;
  const after = according ? toks.slice(2) : toks.slice(toks.indexOf(verbs[0]!) + 1);
  return (
    after.every((t) => t.pos !== "NOUN" || CHANNEL_WORDS.has(t.lower) || WEEKDAYS.includes(t.lower)) && (!according || after.every((t) => t.pos !== "VERB"))
  );
}

const SUBJECT_POS = /^(?:DET|NOUN|PROPN|PRON|ADJ|AUX|VERB)$/;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame)\.?$/;
const CASUALTIES = new Set(["dead", "injured", "missing", "critical", "hospitalised", "displaced", "evacuated", "arrested"]);

export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0,
    hi = tokens.length;
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
