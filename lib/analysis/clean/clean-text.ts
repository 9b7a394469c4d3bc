import { classifyLine, countWords, findTitleLine, isEdgePromo, normaliseForCompare, type LineKind } from "./classify-line";
import { ruleOn } from "../nlp/rule-switches";
import { findUnrelatedEdgeLines, isShapedFurniture, isStandfirst } from "./furniture-shape";
import { looksLikeHtml, splitHtmlLines } from "./split-html-lines";
import { splitLines, type Line } from "./split-lines";

export type Segment = { rawStart: number; cleanStart: number; length: number };

export type CleanedText = {
  /** body paragraphs joined by blank lines */
  text: string;
  /** kept pieces of the raw text, in order */
  segments: Segment[];
  /** raw [start, end) ranges dropped as page furniture, metadata, embeds or headline */
  furniture: [number, number][];
  title: string | null;
  lines: { line: Line; kind: LineKind }[];
  /** maps an offset in `text` to the raw text */
  toRaw: (cleanOffset: number) => number;
};

// Inline pieces dropped from body lines: image file names and a leading "date 2025-01-31" label.
// Each comes with a cheap test: the file-name pattern backtracks over every word, so it only runs on
// lines that hold an image extension at all.
const INLINE_RES: { hint: RegExp; re: RegExp }[] = [
  { hint: /\.(?:png|jpe?g|gif|webp|svg|bmp)\b/i, re: /[\w.-]+\.(?:png|jpe?g|gif|webp|svg|bmp)\b/gi },
  {
    hint: /^(?:date|published|updated|posted)/i,
    re: /^(?:date|published|updated|posted)\s*:?\s*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*/gi,
  },
];

export function cleanText(raw: string): CleanedText {
  const lines = looksLikeHtml(raw) ? splitHtmlLines(raw) : splitLines(raw);
  const titleLine = findTitleLine(lines);
  const title = titleLine ? normaliseForCompare(titleLine.text) : null;
  const furniture: [number, number][] = [];
  const segments: Segment[] = [];
  const kinds: { line: Line; kind: LineKind }[] = [];
  let text = "";
  const long = lines.map((l) => countWords(l.text) >= 20);
  const firstLong = long.indexOf(true);
  const titleAt = titleLine ? lines.indexOf(titleLine) : -1;
  const lastLong = long.lastIndexOf(true);
  // each line classified once: the teaser check and the loop below both read it
  const classified = lines.map((l) => classifyLine(l, title));
  let inLinkList = false;
  const shaped = ruleOn("furniture-shape");
  const unrelated = shaped
    ? new Set(
        findUnrelatedEdgeLines(
          lines,
          classified.map((kind) => kind === "body"),
          titleLine,
        ),
      )
    : new Set<number>();
  for (const [i, line] of lines.entries()) {
    let kind = classified[i]!;
    if (kind === "body" && shaped && (unrelated.has(i) || isShapedFurniture(line.text))) kind = "furniture";
    if (kind === "body" && (i < firstLong || i > lastLong) && isEdgePromo(line.text)) kind = "furniture";
    // a standfirst under the headline, before the story starts: the headline's summary, not a paragraph of it
    if (kind === "body" && shaped && titleLine && i > titleAt && i < firstLong && isStandfirst(line.text)) kind = "meta";
    // Under a "Read more" / "Related articles" heading, headline-like lines are links to other stories.
    if (kind === "body" && inLinkList && isLinkLine(line.text)) kind = "furniture";
    else if (kind === "body") inLinkList = false;
    if (LINK_LIST_HEAD_RE.test(line.text)) inLinkList = true;
    kinds.push({ line, kind });
    if (kind !== "body") {
      furniture.push([line.start, line.end]);
      continue;
    }
    if (line.parts) {
      // markup inside a paragraph: its pieces are read as one run of text
      if (text) text += "\n\n";
      for (const [s, e] of line.parts) {
        segments.push({ rawStart: s, cleanStart: text.length, length: e - s });
        text += raw.slice(s, e).replace(/[\n\r]/g, " ");
      }
      continue;
    }
    for (const [s, e] of keepInline(line, furniture)) {
      if (text) text += "\n\n";
      segments.push({ rawStart: s, cleanStart: text.length, length: e - s });
      text += raw.slice(s, e);
    }
  }
  return { text, segments, furniture, title: titleLine ? titleLine.text.replace(/^#{1,6}\s+/, "") : null, lines: kinds, toRaw: (i) => mapToRaw(segments, i) };
}

const LINK_LIST_HEAD_RE =
  /^\W*(?:read more|related(?: articles?| stories| coverage| content| news| links)?|more (?:on this(?: story)?|stories|news|from [\w ]{1,30})|most (?:read|popular|viewed|shared)|(?:you )?(?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?|see also|also read|further reading|top stories)\W*$/i;
const SENTENCE_END_RE = /[.!?…"”’)\]]$/;

/** A link's text: a headline-sized line without closing punctuation. */
function isLinkLine(t: string): boolean {
  return countWords(t) <= 16 && !SENTENCE_END_RE.test(t.trim());
}

// A wire dateline opening a paragraph ("RABAT, 10th September, 2023 (WAM) - ", "MUAN, South Korea — ",
// "Rabat — "): where the report was filed, not a claim; the line itself still gives the agency to the meta.
const DATELINE_RES: { hint: RegExp; re: RegExp }[] = [
  { hint: /^[A-Z]/, re: /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, ?[\p{L}\d][\p{L}\d ,.]{0,40}?)? ?(?:\([\p{L} .&’'-]{1,40}\))? ?[-–—] /gu },
  { hint: /^[A-Z]/, re: /^[A-Z][\p{Ll}’'.-]+(?: [A-Z][\p{Ll}’'.-]+){0,2} [—–] /gu },
];

function keepInline(line: Line, furniture: [number, number][]): [number, number][] {
  const cuts: [number, number][] = [];
  for (const { hint, re } of ruleOn("furniture-shape") ? [...INLINE_RES, ...DATELINE_RES] : INLINE_RES) {
    if (!hint.test(line.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      cuts.push([line.start + m.index, line.start + m.index + m[0].length]);
    }
  }
  // lines arrive trimmed: with nothing cut out, the line is kept whole
  if (cuts.length === 0) return LETTER_OR_DIGIT.test(line.text) ? [[line.start, line.end]] : [];
  cuts.sort((a, b) => a[0] - b[0]);
  const keep: [number, number][] = [];
  let at = line.start;
  for (const [s, e] of cuts) {
    if (s > at) keep.push([at, s]);
    furniture.push([s, e]);
    at = Math.max(at, e);
  }
  if (at < line.end) keep.push([at, line.end]);
  return keep
    .map(([s, e]) => trimRange(line, s, e))
    .filter(([s, e]) => e > s)
    .filter(([s, e]) => LETTER_OR_DIGIT.test(line.text.slice(s - line.start, e - line.start)));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Binary search over kept segments; an offset in a joining blank line maps to the next segment. */
export function mapToRaw(segments: Segment[], i: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.cleanStart <= i) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return i;
  const delta = Math.min(Math.max(i - seg.cleanStart, 0), seg.length);
  return seg.rawStart + delta;
}

function trimRange(line: Line, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(line.text[s - line.start]!)) s++;
  while (e > s && /\s/.test(line.text[e - 1 - line.start]!)) e--;
  return [s, e];
}
