import type { Token } from "../nlp/parse-text";
import { MONTHS, WEEKDAYS } from "./lexicon";

/** `month`: 0-11 for a month named with no day ("in March"), the only date some facts get */
export type DateHit = { start: number; end: number; phrase: string; iso: string | null; weekday: number | null; relative: string | null; month?: number };

const REL_WEEK = /^(?:last|this|next)$/;
/** The words a date phrase found here starts from: every other token is skipped at once. */
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS, "last", "this", "next", "yesterday", "today", "tomorrow", "overnight", "tonight"]);
const MONTH_LEAD = /^(?:in|since|until|by|last|early|late|mid|during)$/;

/** Weekday and relative-date phrases, resolved against the publication date when there is one. */
export function findDates(tokens: Token[], publishedAt: string | null): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!DATE_WORDS.has(t.lower)) continue;
    const wd = WEEKDAYS.indexOf(t.lower);
    if (wd >= 0 && /^[A-Z]/.test(t.text)) {
      let s = i;
      const prev = tokens[i - 1]?.lower;
      if (prev === "on" || prev === "since" || prev === "by" || prev === "until" || prev === "last" || prev === "next" || prev === "this") s = i - 1;
      let e = i;
      if (/^(?:night|morning|evening|afternoon)$/.test(tokens[i + 1]?.lower ?? "")) e = i + 1;
      const direction = prev === "next" ? 1 : -1;
      out.push({
        start: tokens[s]!.start,
        end: tokens[e]!.end,
        phrase: join(tokens.slice(s, e + 1)),
        iso: resolveWeekday(publishedAt, wd, direction),
        weekday: wd,
        relative: null,
      });
      continue;
    }
    // "in March", "since June": a month with no day of its own (a day would make it a full date)
    const month = MONTHS.indexOf(t.lower);
    if (month >= 0) {
      const prev = tokens[i - 1];
      if (/^[A-Z]/.test(t.text) && prev && MONTH_LEAD.test(prev.lower) && !/^\d{1,2}$/.test(tokens[i + 1]?.text ?? "") && !/^\d{1,2}$/.test(prev.text)) {
        const withYear = /^(?:19|20)\d{2}$/.test(tokens[i + 1]?.text ?? "");
        const end = withYear ? tokens[i + 1]! : t;
        out.push({
          start: prev.start,
          end: end.end,
          phrase: join(tokens.slice(i - 1, withYear ? i + 2 : i + 1)),
          iso: null,
          weekday: null,
          relative: null,
          month,
        });
      }
      continue;
    }
    if (REL_WEEK.test(t.lower) && /^(?:week|month|year|weekend)$/.test(tokens[i + 1]?.lower ?? "")) {
      out.push({
        start: t.start,
        end: tokens[i + 1]!.end,
        phrase: join(tokens.slice(i, i + 2)),
        iso: null,
        weekday: null,
        relative: `${t.lower} ${tokens[i + 1]!.lower}`,
      });
      i++;
      continue;
    }
    if (/^(?:yesterday|today|tomorrow|overnight|tonight)$/.test(t.lower)) {
      const shift = t.lower === "yesterday" ? -1 : t.lower === "tomorrow" ? 1 : 0;
      out.push({ start: t.start, end: t.end, phrase: t.text, iso: shiftDate(publishedAt, shift), weekday: null, relative: t.lower });
    }
  }
  return out;
}

/** The named weekday nearest the publication date, looking back (or forward for "next"). */
export function resolveWeekday(publishedAt: string | null, weekday: number, direction: 1 | -1): string | null {
  if (!publishedAt) return null;
  const d = new Date(`${publishedAt}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  for (let k = 0; k < 8; k++) {
    if (d.getUTCDay() === weekday && (k > 0 || direction === -1)) return d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + direction);
  }
  return null;
}

function shiftDate(publishedAt: string | null, days: number): string | null {
  if (!publishedAt) return null;
  const d = new Date(`${publishedAt}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function join(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(" ");
}
