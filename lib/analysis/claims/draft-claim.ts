import type { ClaimKind, Clock, Quantity } from "../types";

/** A claim as extraction finds it, in cleaned-text offsets, with the features alignment needs. */
export type DraftClaim = {
  kind: ClaimKind;
  start: number;
  end: number;
  summary: string;
  subject?: string;
  quantity?: Quantity;
  /** a count told of an earlier year than the report's ("a fire in 2019 injured eight"): another event */
  era?: string;
  /** what a count is of: the verb or noun it hangs from ("travelling at 95 km/h" → travel, "shares fell 6%" → fall) */
  predicate?: string;
  quote?: { words: string; speaker?: string; channel?: string };
  role?: { person: string; title: string; office: string; former: boolean };
  date?: { iso: string | null; phrase: string; weekday: number | null; month?: number };
  /** the clock time the claim states ("crashed at 9:03 a.m." → 543 minutes, local), for the verdict to compare */
  clock?: Clock;
  /** for a dated clause: whether its day is when something began, ended, or was still going */
  phase?: "start" | "end" | "since" | "ongoing";
  attribution?: { who: string; verb: string };
  /** a framing phrase before the main clause ("At a press conference on Sunday,"), not a clause of its own */
  frame?: boolean;
  /** a clause that reports someone speaking ("X voiced hope"), aligned with who-said frames */
  speechAct?: boolean;
  /** entity names written inside the claim or resolved for it (speaker, role holder) */
  names: string[];
  /** normalised content lemmas of the claim's own words */
  words: string[];
  /** content lemmas of the whole sentence, for weaker context matching */
  context: string[];
  negated: boolean;
  /** coordinated common nouns, "gas and diesel" → [diesel, gas] */
  pairs?: string[][];
  /** for "no X since Y" statements: whether Y is the start of something or a while after it */
  since?: "start" | "after";
  sentence: number;
  /** the report's publication date, for resolving relative dates */
  publishedAt?: string | null;
};
