const SMALL = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    dozen: 12,
  }),
);
const SCALE = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 }));

/** Vague plurals: "hundreds of", "dozens of". value is the smallest reading; the range is the plural's span. */
export const VAGUE = new Map<string, [number, number, number]>(
  Object.entries({
    dozens: [24, 24, 99],
    scores: [40, 40, 99],
    hundreds: [200, 200, 999],
    thousands: [2000, 2000, 9999],
    millions: [2e6, 2e6, 9.99e8],
    tens: [20, 20, 99],
  }) as [string, [number, number, number]][],
);

/** "3,000", "1.5", "twenty-one", "5m". Returns null for anything that is not a number word. */
export function parseNumberWord(word: string, lower?: string): number | null {
  const c = word.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) {
    // a number word ("seven", "twenty-one") or nothing: no pattern work for ordinary words
    lower ??= word.toLowerCase();
    const small = SMALL.get(lower);
    if (small !== undefined) return small;
    if (!lower.includes("-")) return null;
  }
  const w = word.toLowerCase().replace(/[,\u202f\u00a0]/g, "");
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const suffixed = /^(\d+(?:\.\d+)?)(k|m|bn)$/.exec(w);
  if (suffixed) return Number(suffixed[1]) * (suffixed[2] === "k" ? 1e3 : suffixed[2] === "m" ? 1e6 : 1e9);
  const small = SMALL.get(w);
  if (small !== undefined) return small;
  const hyphen = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (hyphen) return SMALL.get(hyphen[1]!)! + SMALL.get(hyphen[2]!)!;
  return null;
}

export function scaleOf(word: string): number | null {
  return SCALE.get(word.toLowerCase()) ?? null;
}

export type Interval = { low: number; high: number; qualifier?: string };

// Qualifier words before a number, and how each widens it. Open-ended ones ("at least") get a
// generous ceiling rather than infinity so the JSON stays plain numbers.
const QUALIFIERS: [RegExp, (v: number) => [number, number]][] = [
  [/^(?:nearly|almost|close to|just under|fewer than|less than|under|below)$/, (v) => [Math.floor(v * 0.9), v]],
  [/^(?:around|about|approximately|roughly|some|an estimated|estimated|circa|an approximate|approx\.?)$/, (v) => [Math.floor(v * 0.9), Math.ceil(v * 1.1)]],
  [/^(?:at least|more than|over|upwards of|in excess of|just over|no fewer than|no less than|a minimum of|exceeding)$/, (v) => [v, v * 10]],
  [/^(?:up to|as many as|at most|a maximum of|no more than)$/, (v) => [Math.floor(v / 2), v]],
];

export const QUALIFIER_PHRASES = [
  "nearly",
  "almost",
  "close to",
  "just under",
  "fewer than",
  "less than",
  "under",
  "below",
  "around",
  "about",
  "approximately",
  "roughly",
  "some",
  "an estimated",
  "estimated",
  "circa",
  "at least",
  "more than",
  "over",
  "upwards of",
  "in excess of",
  "just over",
  "no fewer than",
  "no less than",
  "a minimum of",
  "up to",
  "as many as",
  "at most",
  "a maximum of",
  "no more than",
  "exceeding",
];

export function intervalFor(value: number, qualifier: string | undefined): Interval {
  if (!qualifier) return { low: value, high: value };
  const q = qualifier.toLowerCase();
  for (const [re, widen] of QUALIFIERS) {
    if (re.test(q)) {
      const [low, high] = widen(value);
      return { low, high, qualifier: q };
    }
  }
  return { low: value, high: value, qualifier: q };
}

/** Spans of time compared in days: a month is 28 to 31 of them. */
const IN_DAYS: Record<string, [number, number]> = { days: [1, 1], weeks: [7, 7], months: [28, 31] };

/** The unit two counts are compared in: "three months" and "90 days" are both spans of days. */
export function commonUnit(unit: string): string {
  return IN_DAYS[unit] ? "days" : unit;
}

/** Two reported values can describe the same count when their intervals meet (spans of time in days). */
export function intervalsMeet(a: Interval & { unit?: string }, b: Interval & { unit?: string }): boolean {
  if (a.unit !== b.unit && a.unit && b.unit && IN_DAYS[a.unit] && IN_DAYS[b.unit]) {
    const fa = IN_DAYS[a.unit]!,
      fb = IN_DAYS[b.unit]!;
    return a.low * fa[0] <= b.high * fb[1] && b.low * fb[0] <= a.high * fa[1];
  }
  return a.low <= b.high && b.low <= a.high;
}
