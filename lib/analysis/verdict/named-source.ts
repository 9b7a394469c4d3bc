// Who a figure is attributed to, read from its sentence: "according to the Interior Ministry", "police
// said", "the CGT union claimed". Used to word a dispute between named sources.

const ACCORDING = /\baccording to (?:the )?((?:[A-Z][\w’'&.-]*|of|the)(?: (?:[A-Z][\w’'&.-]*|of|the))*|[a-z]+(?: [a-z]+)?)/;
const SAID =
  /\b((?:the )?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Za-z][\w’'&.-]*)\s+(?:said|says|claimed|claims|counted|estimated|reported|put the (?:figure|number|toll|count))\b/;
const SKIP = /^(?:it|he|she|they|we|this|that|who|which|and|but)$/i;
/** A source is named: a proper name, or a body that speaks for itself in the news. */
const NAMED = /[A-Z]|\b(?:police|unions?|organi[sz]ers|authorities|ministry|government|army|military|officials|rescuers|hospital)\b/;

/** The sentence of the raw text around [start, end): from the previous full stop to the next one. */
export function sentenceAround(raw: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 400 && !isStop(raw.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < raw.length && e - end < 400 && !isStop(raw.charCodeAt(e))) e++;
  return raw.slice(s, e).trim();
}

/** . ! ? or a line break */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/** The named source a sentence attributes its figure to, or null. */
export function namedSource(sentence: string): string | null {
  const a = ACCORDING.exec(sentence)?.[1]
    ?.trim()
    .replace(/[.,]+$/, "")
    .replace(/ (?:of|the)$/, "");
  if (a && !SKIP.test(a) && NAMED.test(a)) return a;
  const s = SAID.exec(sentence)?.[1]?.trim().replace(/^the /i, "");
  if (s && !SKIP.test(s) && NAMED.test(s)) return s;
  return null;
}

/** A sentence that tells of an earlier figure being revised ("earlier reports put the toll at six"). */
export function tellsUpdate(sentence: string): boolean {
  return /\b(?:earlier|initially|previously|had (?:risen|climbed|grown)|(?:rose|risen|climbed|jumped|increased|revised|updated) (?:to|from)|up from|down from)\b/i.test(
    sentence,
  );
}

const FILLER = new Set(["the", "of", "a", "an", "powerful", "main", "local", "national", "french", "official", "officials", "said"]);

/** Whether two source names can be one source: they share a word beyond fillers ("the CGT" / "the CGT union"). */
export function sameSource(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !FILLER.has(w));
  const wa = new Set(words(a));
  return words(b).some((w) => wa.has(w));
}
