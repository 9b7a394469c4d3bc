// Clock times written in a claim ("at 9:07 a.m.", "8.58am", "at 9 a.m."), as minutes after midnight.
// A time the sentence itself rules out ("at 8:59 a.m., not 8:58 a.m.") is not one the claim gives.

const CLOCK = /(\bnot\s+)?\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/gi;
const CLOCK_HINT = /\d(?:[:.]\d\d)?\s*[ap]\.?\s?m|\d:\d\d/i;
const BARE_CLOCK = /(\bnot\s+)?\b(?:at|around|about|by|until|before|after)\s+(\d{1,2}):(\d{2})\b/gi;

/** The clock times a text states, in minutes after midnight, in order of appearance (denied ones left out). */
export function clockTimes(text: string): number[] {
  const out: number[] = [];
  // every form above holds a digit before "am"/"pm" or a colon; most claims hold neither (this runs for
  // every claim and every row member), and this test is far cheaper than the two above
  if (!CLOCK_HINT.test(text)) return out;
  for (const m of text.matchAll(CLOCK)) {
    if (m[1]) continue;
    const h = Number(m[2]),
      min = m[3] ? Number(m[3]) : 0;
    if (h < 1 || h > 12 || min > 59) continue;
    out.push(((h % 12) + (m[4]!.toLowerCase() === "p" ? 12 : 0)) * 60 + min);
  }
  if (!out.length)
    for (const m of text.matchAll(BARE_CLOCK)) {
      const h = Number(m[2]),
        min = Number(m[3]);
      if (!m[1] && h < 24 && min < 60) out.push(h * 60 + min);
    }
  return out;
}

/** "9:07 a.m." for minutes after midnight. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60),
    m = minutes % 60;
  return `${h % 12 || 12}:${String(m).padStart(2, "0")} ${h < 12 ? "a.m." : "p.m."}`;
}
