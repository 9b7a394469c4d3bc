import type { Token } from "../nlp/parse-text";
import type { DraftClaim } from "./draft-claim";
import { PERSON_NOUNS, SPEECH_VERBS } from "./lexicon";

// Background: what is true of a kind of thing in general, not of this event ("Bird strikes happen whenever
// an aircraft comes into contact with birds", "these incidents generally do not cause significant damage",
// "settlements are often remote"). A generic plural subject with a verb in the simple present (or a
// modal, or "have been"), and nothing particular in the clause: no figure, name, day, time or quote.
// (Rule family "background"; figures of background, "92% of bird strikes cause no damage", stay as counts.)

/** Determiners a generic plural may take ("these incidents", "most quakes"); "the" or "its" make it particular. */
const GENERIC_DET = /^(?:these|those|such|many|most|some|all|other|few)$/;
/** Nouns of people by what they do: investigators, rescuers, officials, protesters, scientists, politicians. */
const AGENT = /(?:ers|ors|ists|ians|ants)$|^(?:officials|authorities|police|troops|soldiers|students|parents|residents)$/;
const PRESENT_AUX = /^(?:do|does|are|can|could|may|might|tend|have)$/;

export function isGenericBackground(d: DraftClaim, toks: Token[]): boolean {
  if (d.quote || d.date || d.clock || d.names.length) return false;
  if (toks.some((t) => t.pos === "NUM" || t.pos === "PROPN")) return false;
  const verbAt = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verbAt <= 0) return false;
  const subject = toks.slice(0, verbAt).filter((t) => t.pos !== "ADV" && t.pos !== "SCONJ");
  if (!subject.length || !subject.every((t) => t.pos === "NOUN" || t.pos === "ADJ" || (t.pos === "DET" && GENERIC_DET.test(t.lower)))) return false;
  // the head noun (the last one) is plural: "bird strikes", not "bird strike"
  const head = [...subject].reverse().find((t) => t.pos === "NOUN");
  if (!head || head.lower === head.lemma || !/s$/.test(head.lower)) return false;
  // "Investigators suspect", "Protesters gather": people in a news story are particular actors, not a kind
  if (PERSON_NOUNS.has(head.lower) || AGENT.test(head.lower)) return false;
  return presentGeneric(toks.slice(verbAt));
}

/** "happen", "do not cause", "could lead", "have been an issue"; not "are marching" (happening now) or a past tense. */
function presentGeneric(rest: Token[]): boolean {
  const v = rest[0]!;
  if (v.pos === "VERB") return v.lower === v.lemma && !SPEECH_VERBS.has(v.lemma);
  if (!PRESENT_AUX.test(v.lower)) return false;
  const next = rest.slice(1).find((t) => t.pos === "VERB" || t.pos === "AUX");
  if (v.lower === "are") return !next || !/ing$/.test(next.lower);
  if (v.lower === "have") return next?.lower === "been" && !rest.some((t) => t.pos === "VERB" && /ing$/.test(t.lower));
  return !next || !SPEECH_VERBS.has(next.lemma);
}
