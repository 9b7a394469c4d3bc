import type { Token } from "../nlp/parse-text";

// Where a dated clause puts its day in the life of something: the day it began, the day it ended, or a
// day on which it was still going. Two reports that end a truce on Saturday and have it broken on Sunday
// contradict each other even though their clauses share hardly a word.

/** "since": going on from that day; "ongoing": still going on that day */
export type Phase = "start" | "end" | "since" | "ongoing";

const END = new Set(["expire", "end", "lift", "finish", "collapse", "conclude", "lapse", "terminate", "scrap", "revoke", "rescind"]);
const START = new Set(["begin", "start", "impose", "introduce", "declare", "launch", "announce"]);
const ONGOING = new Set(["violate", "breach", "remain", "hold", "continue", "last", "stay", "observe", "respect", "keep"]);
/** "in force", "in place", "in effect", "under the order" */
const STATE_AFTER_IN = new Set(["force", "place", "effect"]);

/** The phase of a clause dated by `dateStart` (the offset of its date phrase), from its verbs and "since"/"still". */
export function phaseOf(tokens: Token[], dateStart: number): Phase | undefined {
  const sinceDate = tokens.some((t) => t.lower === "since" && t.start === dateStart);
  if (sinceDate) return "since";
  let phase: Phase | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === "still" || t.lower === "under") phase = "ongoing";
    else if (t.lower === "in" && STATE_AFTER_IN.has(tokens[k + 1]?.lower ?? "")) phase = "ongoing";
    // "talks to end the war": an aim, not an event
    else if (t.pos !== "VERB" || tokens[k - 1]?.lower === "to") continue;
    // "lifted from the hull": a lift that moves something is not the end of anything
    else if (END.has(t.lemma) && !(t.lemma === "lift" && /^(?:from|out|off|into|onto|to|up)$/.test(tokens[k + 1]?.lower ?? ""))) return "end";
    else if (ONGOING.has(t.lemma)) phase = "ongoing";
    else if (START.has(t.lemma) && !phase) phase = "start";
  }
  return phase;
}
