export type SpanMark = { id: string; start: number; end: number };
export type TextSegment = { start: number; end: number; text: string; markIds: string[] };

/**
 * Cuts a text into paragraphs of segments, each covered by the same set of marks, so
 * overlapping claims can be shown without nesting elements across each other.
 */
export function segmentText(text: string, marks: SpanMark[]): TextSegment[][] {
  const valid = marks.filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of valid) cuts.add(mark.start).add(mark.end);
  for (const match of text.matchAll(/\n+/g)) cuts.add(match.index).add(match.index + match[0].length);
  const points = [...cuts].sort((a, b) => a - b);

  const paragraphs: TextSegment[][] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    if (/^\n+$/.test(piece)) {
      if (paragraphs.at(-1)!.length) paragraphs.push([]);
      continue;
    }
    const markIds = valid.filter((mark) => mark.start < end && mark.end > start).map((mark) => mark.id);
    paragraphs.at(-1)!.push({ start, end, text: piece, markIds });
  }
  return paragraphs.filter((paragraph) => paragraph.some((segment) => segment.text.trim()));
}
