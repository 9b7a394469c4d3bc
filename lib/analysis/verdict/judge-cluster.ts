import type { DraftClaim } from "../claims/draft-claim";
import { WEEKDAYS } from "../claims/lexicon";
import type { Verdict } from "../types";
import { DEFAULT_FLAGS, type EngineFlags } from "../align/engine-flags";
import { clockTimes, formatClock } from "./clock-time";
import { roleConflict } from "./compare-roles";
import { namedSource, tellsUpdate } from "./named-source";
import { figuresFit } from "./number-fit";
import { antonymPair, bearings, claimWords, opposedDirections, type Bearing, type ClaimWords } from "./opposites";
import { timeRelation } from "./time-order";

export type JudgeMember = {
  claimId: string;
  sourceId: string;
  sourceLabel: string;
  family: string;
  familyLabel: string;
  draft: DraftClaim;
  text: string;
  /** the claim's sentence, for who a figure is attributed to and whether it tells of an update */
  sentence?: string;
};
export type Side = "a" | "b";
export type Judgement = {
  verdict: Verdict;
  reason: string;
  differences: { sourceId: string; claimId: string; words: string }[];
  /** In a contradiction: which of the two named claims each claim sides with, where that is clear. */
  sides: Record<string, Side>;
};

type JudgeContext = { flags: EngineFlags; sameFact?: SameFact };
type Conflict = { a: JudgeMember; b: JudgeMember; aWords: string; bWords: string; why: string; reason?: string };

/** Agree, contradict or single, with a reason a journalist can read and the words that differ. */
/** How sure alignment was that two claims (by id) tell one fact, when it compared them. */
export type SameFact = (a: string, b: string) => number | undefined;

/**
 * A differing day or month is a contradiction only between claims alignment found close (a pair model
 * probability of at least this): claims joined loosely, through others, are likelier two facts on two days.
 */
export const DAY_CONFIDENCE = 0.8;

export function judgeCluster(members: JudgeMember[], flags: EngineFlags = DEFAULT_FLAGS, sameFact?: SameFact): Judgement {
  const ctx: JudgeContext = { flags, sameFact };
  const sources = new Set(members.map((m) => m.sourceId));
  const families = new Map(members.map((m) => [m.family, m.familyLabel]));
  if (sources.size < 2) {
    const m = members[0]!;
    return { verdict: "single", reason: `Only ${m.sourceLabel} reports this; no other report confirms it.`, differences: [], sides: {} };
  }
  const conflict = findConflict(members, ctx);
  if (conflict) {
    return {
      verdict: "contradict",
      reason: conflict.reason ?? `${conflict.why}: ${conflict.a.sourceLabel} says “${conflict.aWords}”, ${conflict.b.sourceLabel} says “${conflict.bWords}”.`,
      differences: [
        { sourceId: conflict.a.sourceId, claimId: conflict.a.claimId, words: conflict.aWords },
        { sourceId: conflict.b.sourceId, claimId: conflict.b.claimId, words: conflict.bWords },
      ],
      sides: takeSides(members, conflict, ctx),
    };
  }
  if (families.size < 2) {
    const label = [...families.values()][0];
    return {
      verdict: "single",
      reason: `${sources.size} reports say this, but all come from one source (${label}): one independent source.`,
      differences: [],
      sides: {},
    };
  }
  return {
    verdict: "agree",
    reason: `${sources.size} reports from ${families.size} independent sources (${[...families.values()].join(", ")}) say this and none disagrees.`,
    differences: [],
    sides: {},
  };
}

/**
 * A claim sides with one named claim when it conflicts with the other and not with that one
 * ("12 dead" beside "killing 12 people", against "17 people died"). A claim that conflicts
 * with both, or with neither, takes no side: the matrix then says only that the row is disputed.
 */
function takeSides(members: JudgeMember[], { a, b }: Conflict, ctx: JudgeContext): Record<string, Side> {
  const sides: Record<string, Side> = { [a.claimId]: "a", [b.claimId]: "b" };
  for (const m of members) {
    if (m === a || m === b) continue;
    const againstA = compareClaims(m, a, ctx) !== null;
    const againstB = compareClaims(m, b, ctx) !== null;
    if (againstA !== againstB) sides[m.claimId] = againstA ? "b" : "a";
  }
  return sides;
}

/** Two reports that disagree; else one report that disagrees with itself (it gives both figures). */
function findConflict(members: JudgeMember[], ctx: JudgeContext): Conflict | null {
  for (const sameReport of [false, true])
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!,
          b = members[j]!;
        if ((a.sourceId === b.sourceId) !== sameReport) continue;
        const c = compareClaims(a, b, ctx);
        if (c && sameReport) return { ...c, reason: `${a.sourceLabel} contradicts itself: it says “${c.aWords}” and also “${c.bWords}”.` };
        if (c) return c;
      }
  return null;
}

/** Why two figures differ: competing estimates of named sources, an earlier count and a later one, or plainly. */
function figuresConflict(a: JudgeMember, b: JudgeMember): Conflict {
  const sa = a.sentence ? namedSource(a.sentence) : null,
    sb = b.sentence ? namedSource(b.sentence) : null;
  if (sa && sb && sa.toLowerCase() !== sb.toLowerCase())
    return {
      a,
      b,
      aWords: a.text,
      bWords: b.text,
      why: "Competing figures",
      reason: `Competing figures from named sources: ${sa} (in ${a.sourceLabel}) gives “${a.text}”, ${sb} (in ${b.sourceLabel}) gives “${b.text}”.`,
    };
  if ((a.sentence && tellsUpdate(a.sentence)) || (b.sentence && tellsUpdate(b.sentence)))
    return { a, b, aWords: a.text, bWords: b.text, why: "The figure was revised over time (an earlier count against a later one)" };
  return { a, b, aWords: a.text, bWords: b.text, why: "The numbers do not match" };
}

function compareClaims(a: JudgeMember, b: JudgeMember, { flags, sameFact }: JudgeContext): Conflict | null {
  const x = a.draft,
    y = b.draft;
  const fa = facetsOf(a),
    fb = facetsOf(b);
  if (x.quantity && y.quantity && !fa.conversion && !fb.conversion) {
    // a bare figure ("64") carries a unit guessed from its sentence: compare it as a number only
    const bare = fa.bare || fb.bare;
    if (!figuresFit(x.quantity, bare ? { ...y.quantity, unit: x.quantity.unit } : y.quantity, flags.hedges)) return figuresConflict(a, b);
    const mx = x.quantity.modifiers ?? [],
      my = y.quantity.modifiers ?? [];
    const onlyX = mx.filter((m) => !my.includes(m));
    const onlyY = my.filter((m) => !mx.includes(m));
    if (mx.length && my.length && onlyX.length && onlyY.length)
      return { a, b, aWords: onlyX.join(" "), bWords: onlyY.join(" "), why: "The reports count different things" };
  }
  const roleWhy = x.role && y.role ? roleConflict(x.role, y.role) : null;
  if (roleWhy) return { a, b, aWords: x.role!.title, bWords: y.role!.title, why: `They give ${x.role!.person} ${roleWhy}` };
  if (x.date?.weekday != null && y.date?.weekday != null && x.date.weekday !== y.date.weekday && !fa.thingsDay && !fb.thingsDay) {
    const time = timeRelation(x, y);
    if (time === "conflict" && x.phase !== y.phase) {
      return { a, b, aWords: a.text, bWords: b.text, why: `The days do not fit together (${describe(x)} in one report, ${describe(y)} in the other)` };
    }
    if (time !== "consistent" && close(a, b, sameFact))
      return {
        a,
        b,
        aWords: x.date.phrase,
        bWords: y.date.phrase,
        why: `They put it on different days (${dayName(x.date.weekday)} vs ${dayName(y.date.weekday)})`,
      };
  }
  const xm = x.date?.month,
    ym = y.date?.month;
  if (
    xm != null &&
    ym != null &&
    xm !== ym &&
    x.date!.weekday == null &&
    y.date!.weekday == null &&
    timeRelation(x, y) !== "consistent" &&
    close(a, b, sameFact)
  ) {
    return { a, b, aWords: x.date!.phrase, bWords: y.date!.phrase, why: "They put it in different months" };
  }
  if (flags.clock) {
    const times = differentTimes(x, y, fa.clocks, fb.clocks);
    if (times) return { a, b, aWords: times[0], bWords: times[1], why: `They give different times (${times[0]} vs ${times[1]})` };
  }
  if (flags.antonyms) {
    const dir = opposedDirections(fa.bearings, fb.bearings);
    if (dir) return { a, b, aWords: dir[0], bWords: dir[1], why: `They give opposite directions (${dir[0]} vs ${dir[1]})` };
    // claims with figures are judged on their figures: "2,800 meters long" against a "short" runway is no antonym
    const opposite = x.quantity || y.quantity || fa.digits || fb.digits ? null : antonymPair(fa.words, fb.words);
    if (opposite) return { a, b, aWords: opposite[0], bWords: opposite[1], why: `They say opposite things (${opposite[0]} vs ${opposite[1]})` };
  }
  const pair = differingPair(x.pairs ?? [], y.pairs ?? []);
  if (pair) return { a, b, aWords: pair[0], bWords: pair[1], why: "They name different things" };
  if (x.since && y.since && x.since !== y.since && x.negated && y.negated) {
    return { a, b, aWords: a.text, bWords: b.text, why: "They date the starting point differently" };
  }
  return null;
}

/**
 * Two clock times that cannot both be right: the ones extraction read with their hedges ("around 9:07"
 * allows 9:05 to 9:09) when both claims carry one in the same zone (none named counts as local), else
 * the times written in the two texts, none shared.
 */
function differentTimes(x: DraftClaim, y: DraftClaim, textA: number[], textB: number[]): [string, string] | null {
  if (x.clock && y.clock) {
    if ((x.clock.zone ?? "local") !== (y.clock.zone ?? "local")) return null;
    return x.clock.high < y.clock.low || y.clock.high < x.clock.low ? [formatClock(x.clock.value), formatClock(y.clock.value)] : null;
  }
  return textA.length && textB.length && !textA.some((t) => textB.includes(t)) ? [formatClock(textA[0]!), formatClock(textB[0]!)] : null;
}

/** Whether alignment found two claims close; asked only of claims that give different days or months, which few pairs do. */
function close(a: JudgeMember, b: JudgeMember, sameFact: SameFact | undefined): boolean {
  return !sameFact || (sameFact(a.claimId, b.claimId) ?? 0) >= DAY_CONFIDENCE;
}

/** What comparing reads of one claim on its own: worked out once, since every pair of a row is compared, often twice (sides). */
type Facets = { clocks: number[]; bearings: Bearing[]; conversion: boolean; thingsDay: boolean; bare: boolean; digits: boolean; words: ClaimWords };
const facetCache = new WeakMap<JudgeMember, Facets>();
function facetsOf(m: JudgeMember): Facets {
  let f = facetCache.get(m);
  if (!f) {
    f = {
      clocks: clockTimes(m.text),
      bearings: bearings(m.text),
      conversion: isConversion(m),
      thingsDay: namesThingsDay(m),
      bare: BARE_FIGURE.test(m.text),
      digits: /\d/.test(m.text),
      words: claimWords(m.draft.words),
    };
    facetCache.set(m, f);
  }
  return f;
}

const BARE_FIGURE = /^[\d.,\s]+$/;

/** "72 km (44 miles)": a figure in brackets after another restates it in other units, rounded its own way. */
function isConversion(m: JudgeMember): boolean {
  const s = m.sentence;
  if (!s) return false;
  // (scanned, not a RegExp built from the claim's text: this runs for every member of every row)
  for (let open = s.indexOf("("); open >= 0; open = s.indexOf("(", open + 1)) {
    let at = open + 1;
    while (at < s.length && /\s/.test(s[at]!)) at++;
    if (!s.startsWith(m.text, at)) continue;
    // a digit at most CONVERSION_GAP characters before the bracket, with no bracket between
    for (let j = open - 1; j >= 0 && j >= open - 1 - CONVERSION_GAP; j--) {
      const c = s[j]!;
      if (c === "(" || c === ")") break;
      if (c >= "0" && c <= "9") return true;
    }
  }
  return false;
}

/** How far a figure's restatement in brackets may sit from the figure it restates. */
const CONVERSION_GAP = 30;

/** "Friday's earthquake": the day belongs to a thing the claim mentions, not to what the claim tells. */
function namesThingsDay(m: JudgeMember): boolean {
  const phrase = m.draft.date?.phrase;
  return !!phrase && !!m.sentence && new RegExp(`\\b${escapeRegExp(phrase)}['’]s\\b`, "i").test(m.sentence);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** [x, y] against [x, z]: one member shared, the other different. */
function differingPair(px: string[][], py: string[][]): [string, string] | null {
  for (const p of px)
    for (const q of py) {
      const [p0, p1] = p.map(itemKey) as [string, string],
        [q0, q1] = q.map(itemKey) as [string, string];
      if ((p0 === q0 && p1 !== q1) || (p1 === q1 && p0 !== q0) || (p0 === q1 && p1 !== q0) || (p1 === q0 && p0 !== q1))
        return [p.join(" and "), q.join(" and ")];
    }
  return null;
}

/** A list item compared as written, except that a name of several words matches its initials ("u.s."). */
function itemKey(item: string): string {
  const bare = item.replace(/\./g, "");
  return bare.includes(" ")
    ? bare
        .split(" ")
        .map((w) => w[0])
        .join("")
    : bare;
}

const PHASE_WORDS = { start: "began", end: "ended", since: "going on since", ongoing: "still going on" } as const;

function describe(d: DraftClaim): string {
  return `${PHASE_WORDS[d.phase!]} ${dayName(d.date!.weekday!)}`;
}

function dayName(weekday: number): string {
  const d = WEEKDAYS[weekday]!;
  return d[0]!.toUpperCase() + d.slice(1);
}
