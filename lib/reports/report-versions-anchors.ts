// Moving what hangs on a report's text (reviews, comments, alignment corrections) to a new
// version of that text. Pure: the database side is in report-versions.ts.

const ANCHOR = /^([0-9a-f-]{36}):(\d+)-(\d+)(:[a-z_]+)?$/;
const EARLIER = /^v(\d+):(.+)$/;

/**
 * Where the words at [start, end) of the old text are in the new text: the occurrence nearest to
 * where they would be if the text around them had grown or shrunk evenly; null when they are gone.
 */
export function relocateSpan(oldText: string, newText: string, start: number, end: number): [number, number] | null {
  const words = oldText.slice(start, end);
  if (!words.trim() || end > oldText.length) return null;
  const predicted = oldText.length ? Math.round((start * newText.length) / oldText.length) : 0;
  let best = -1;
  for (let at = newText.indexOf(words); at !== -1; at = newText.indexOf(words, at + 1)) {
    if (best === -1 || Math.abs(at - predicted) < Math.abs(best - predicted)) best = at;
  }
  return best === -1 ? null : [best, best + words.length];
}

/**
 * The anchor a claim ref of `reportId` gets on the new text: the same words found again, or,
 * when they are gone, the old ref marked with the version it was made on ("v2:<ref>"), which no
 * claim will ever match again. Refs of other reports (and refs already marked) are left alone.
 */
export function carryAnchor(ref: string, reportId: string, oldText: string, newText: string, oldVersion: number): string {
  const match = ANCHOR.exec(ref);
  if (!match || match[1] !== reportId) return ref;
  const span = relocateSpan(oldText, newText, Number(match[2]), Number(match[3]));
  return span ? `${reportId}:${span[0]}-${span[1]}${match[4] ?? ""}` : `v${oldVersion}:${ref}`;
}

/** For a ref left on an earlier version: which version, and the ref it had there. */
export function readEarlierAnchor(ref: string): { version: number; ref: string } | null {
  const match = EARLIER.exec(ref);
  return match ? { version: Number(match[1]), ref: match[2]! } : null;
}
