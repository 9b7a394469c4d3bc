import * as chrono from "chrono-node";
import type { Clock } from "../types";
import type { DraftClaim } from "./draft-claim";

// Clock times a sentence states ("at 9:03 a.m.", "08:58 local time", "at about 11.11pm", "2358 GMT"), as
// minutes after midnight with the zone they are given in, so that two reports' times of one event compare
// as numbers (9:03 against 9:07) the way counts do. chrono-node reads the times; the zone words after them,
// the hedge before them and the military "2358 GMT" form it does not read are read here.

export type ClockHit = Clock & { start: number; end: number; /** "at 8:59 a.m., not 8:58 a.m.": a time the text rules out */ denied: boolean };

/** A sentence with none of these has no clock time: chrono is not run on it. */
const CLOCK_HINT = /\d\s*[ap]\.?\s?m\b|\d[:.]\d\d|\bnoon\b|\bmidnight\b|\b\d{4}\s*(?:GMT|UTC)\b/i;
/** chrono also reads spans of time ("three minutes later") and days alone: those are not clock times. */
const NOT_A_CLOCK = /\b(?:minutes?|hours?|seconds?|days?|weeks?|ago|later|earlier|tomorrow|yesterday)\b/i;
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC)\b/g;
const ZONE_AFTER = /^\s*(?:\(\s*)?(local time|local|GMT|UTC|[A-Z]{2,4}T)\b/;
const ZONE_IN = /\b(GMT|UTC|[A-Z]{2,4}T)$/;
/** Hedges before a time, longest first, with the minutes each side of the time they allow. */
const HEDGES: [RegExp, string, number, number][] = [
  [/\b(?:shortly|just|soon|right)\s+after\s*$/i, "shortly after", 0, 30],
  [/\b(?:shortly|just|right)\s+before\s*$/i, "shortly before", -30, 0],
  [/\bafter\s*$/i, "after", 0, 120],
  [/\b(?:before|by|until)\s*$/i, "before", -120, 0],
  [/\b(?:about|around|approximately|roughly|some|circa|nearly|almost)\s*$/i, "about", NaN, NaN],
];

export function mayHoldClockTime(text: string): boolean {
  return CLOCK_HINT.test(text);
}

/** The clock times in `text` (one sentence), with offsets shifted by `offset`. */
export function findClockTimes(text: string, offset = 0): ClockHit[] {
  if (!CLOCK_HINT.test(text)) return [];
  const out: ClockHit[] = [];
  for (const r of chrono.casual.parse(text)) {
    const at = r.start;
    if (!at.isCertain("hour") || NOT_A_CLOCK.test(r.text) || !/\d|noon|midnight/i.test(r.text)) continue;
    // "1.272 million", "6.8": a decimal point makes a clock time only with a.m. or p.m. after it
    if (!at.isCertain("meridiem") && !/\d:\d\d|noon|midnight/i.test(r.text)) continue;
    // "on Saturday at 10 pm": the claim's day is read elsewhere; the clock is the "10 pm"
    const clockAt = r.text.search(/\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?|noon|midnight/i);
    const start = r.index + Math.max(0, clockAt);
    const minutes = (at.get("hour") ?? 0) * 60 + (at.get("minute") ?? 0);
    out.push(readAround(text, start, r.index + r.text.length, minutes, ZONE_IN.exec(r.text)?.[1] ?? null, offset));
  }
  for (const m of text.matchAll(MILITARY)) {
    if (out.some((h) => h.start - offset <= m.index && m.index < h.end - offset)) continue;
    out.push(readAround(text, m.index, m.index + m[0].length, Number(m[1]) * 60 + Number(m[2]), m[3]!, offset));
  }
  return out.sort((a, b) => a.start - b.start);
}

function readAround(text: string, start: number, end: number, value: number, zoneIn: string | null, offset: number): ClockHit {
  const after = ZONE_AFTER.exec(text.slice(end, end + 16));
  const zone = zoneIn ?? (after ? (/^local/i.test(after[1]!) ? "local" : after[1]!) : null);
  const before = text.slice(Math.max(0, start - 24), start).replace(/\bat\s*$/i, "");
  const hedge = HEDGES.find(([re]) => re.test(before));
  const precision = value % 30 === 0 ? 15 : value % 5 === 0 ? 5 : 2;
  const [low, high] = !hedge ? [value, value] : Number.isNaN(hedge[2]) ? [value - precision, value + precision] : [value + hedge[2], value + hedge[3]];
  return {
    start: start + offset,
    end: end + offset,
    value,
    low,
    high,
    unit: "minute of day",
    zone,
    ...(hedge ? { qualifier: hedge[1] } : {}),
    denied: /\bnot\s+(?:at\s+)?$/i.test(text.slice(Math.max(0, start - 8), start)),
  };
}

const CLOCKED = new Set<DraftClaim["kind"]>(["event", "statement", "date", "quote"]);

/** Each clause claim carries the first clock time it states (not one it rules out). */
export function attachClocks(claims: DraftClaim[], clocks: ClockHit[]): void {
  if (!clocks.length) return;
  for (const c of claims) {
    if (!CLOCKED.has(c.kind)) continue;
    const hit = clocks.find((h) => !h.denied && h.start >= c.start && h.end <= c.end);
    if (hit)
      c.clock = { value: hit.value, low: hit.low, high: hit.high, unit: hit.unit, zone: hit.zone, ...(hit.qualifier ? { qualifier: hit.qualifier } : {}) };
  }
}
