import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";
import { SPEECH_VERBS } from "./lexicon";

// Pieces of a sentence that say who spoke, where or when, and nothing a fact-checker could check: the
// fact is in the clause they frame, which keeps their day and speaker (rule family "frames").
//   "At a press conference on Sunday," / "In his nightly video address," / "In the southern city of X,"
//   "Despite the crew's efforts," / "At the same time,"
//   "quoted by Reuters" / "according to the coast guard"
//   "The Korea Airports Corporation revealed (that …)"
//   "The crash came (after …)" / "Putin's offer comes (amid …)" / "with US pressure intensifying"

const SOURCE_LEAD = /^(?:according to|quoted by|cited by|reported by|carried by|as quoted by|as reported by|as cited by)\b/;
/** Verbs of finding out or making known: what follows them is the fact. */
const DISCLOSURE = new Set(["reveal", "find", "discover", "show", "disclose", "learn", "determine", "conclude", "establish"]);
/** Verbs that only say that something took place; what took place, and when, is in the clause they lead to. */
const OCCURRENCE = new Set(["come", "happen", "occur", "unfold", "follow", "emerge"]);
const SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|ADP|NUM|CCONJ)$/;
/**
 * Where and through what something was said or done: a framing phrase of only these (and names, days)
 * sets the scene. "In a continued show of unity", "In a rare shift in tone" characterise, and stay.
 */
const CONCESSION = /^(?:despite|notwithstanding|amid|amidst)$/;
const SETTING_NOUNS = new Set([
  "time",
  "statement",
  "release",
  "press",
  "briefing",
  "conference",
  "interview",
  "address",
  "speech",
  "broadcast",
  "video",
  "television",
  "tv",
  "radio",
  "post",
  "message",
  "communique",
  "communiqué",
  "news",
  "appearance",
  "meeting",
  "session",
  "city",
  "town",
  "village",
  "capital",
  "region",
  "province",
  "district",
  "county",
  "area",
  "country",
  "state",
  "morning",
  "afternoon",
  "evening",
  "night",
  "day",
  "week",
  "weekend",
  "month",
  "year",
  "today",
  "yesterday",
]);

/** Whether a clause claim only frames another: `toks` are its words (no punctuation). */
export function isEmptyFrame(d: DraftClaim, toks: Token[]): boolean {
  if (toks.some((t) => t.pos === "NUM")) return false;
  // a framing phrase has no verb of its own (the splitter leaves those in the clause); its day goes to the clause
  // "Despite the crew's efforts," / "Amid mounting pressure,": what the clause happened against, told elsewhere
  if (d.frame && CONCESSION.test(toks[0]?.lower ?? "")) return true;
  if (d.frame) return toks.every((t) => t.pos !== "NOUN" || SETTING_NOUNS.has(t.lower));
  return isSourceStub(toks) || isDisclosureStub(toks) || isBareOccurrence(toks) || isBackdrop(toks);
}

/** "with US pressure intensifying": the circumstances of the clause, a subject and a participle and no more. */
function isBackdrop(toks: Token[]): boolean {
  const last = toks[toks.length - 1];
  if (toks.length < 3 || toks[0]!.lower !== "with" || !last || last.pos !== "VERB" || !/ing$/.test(last.lower)) return false;
  return toks.slice(1, -1).every((t) => /^(?:DET|ADJ|NOUN|PROPN)$/.test(t.pos));
}

/** "quoted by Reuters", "according to the fire service": a source with no verb, nothing it said. */
function isSourceStub(toks: Token[]): boolean {
  const lead = toks
    .slice(0, 3)
    .map((t) => t.lower)
    .join(" ");
  if (!SOURCE_LEAD.test(lead)) return false;
  const from = toks.findIndex((t) => t.lower === "to" || t.lower === "by") + 1;
  return toks.slice(from).every((t) => t.pos !== "VERB" && t.pos !== "AUX");
}

/** "The Korea Airports Corporation revealed": a subject and a verb of telling or finding, the told fact cut off. */
function isDisclosureStub(toks: Token[]): boolean {
  const last = toks[toks.length - 1];
  if (!last || last.pos !== "VERB" || !(SPEECH_VERBS.has(last.lemma) || DISCLOSURE.has(last.lemma))) return false;
  // "no airstrikes were reported": a passive says what was told
  return toks.slice(0, -1).every((t) => SUBJECT_POS.test(t.pos) || t.pos === "ADV");
}

/** "The crash came", "The incident unfolded rapidly": a subject and a verb of taking place. */
function isBareOccurrence(toks: Token[]): boolean {
  const verbs = toks.filter((t) => t.pos === "VERB");
  if (verbs.length !== 1 || !OCCURRENCE.has(verbs[0]!.lemma)) return false;
  const at = toks.indexOf(verbs[0]!);
  return at > 0 && toks.slice(0, at).every((t) => SUBJECT_POS.test(t.pos) || t.pos === "AUX") && toks.slice(at + 1).every((t) => t.pos === "ADV");
}
