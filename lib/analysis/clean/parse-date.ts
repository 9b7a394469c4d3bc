const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

const ISO_RE = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/;
const MDY_RE = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "i");
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+((?:19|20)\\d{2})\\b`, "i");

export type FoundDate = { iso: string; index: number; length: number };

/** Finds the first full calendar date (year, month and day) in a string. */
export function findFullDate(s: string): FoundDate | null {
  const hits: FoundDate[] = [];
  const iso = ISO_RE.exec(s);
  if (iso) pushDate(hits, +iso[1]!, +iso[2]!, +iso[3]!, iso.index, iso[0].length);
  const mdy = MDY_RE.exec(s);
  if (mdy) pushDate(hits, +mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!, mdy.index, mdy[0].length);
  const dmy = DMY_RE.exec(s);
  if (dmy) pushDate(hits, +dmy[3]!, monthNumber(dmy[2]!), +dmy[1]!, dmy.index, dmy[0].length);
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

function pushDate(out: FoundDate[], y: number, m: number, d: number, index: number, length: number) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return;
  out.push({ iso: `${y}-${pad(m)}-${pad(d)}`, index, length });
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
