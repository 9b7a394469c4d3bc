export type QuoteSpan = { start: number; end: number; innerStart: number; innerEnd: number };

const OPEN_CLOSE = new Map([
  ["“", "”"],
  ["«", "»"],
  ["„", "“"],
]);

/** Quoted passages in a text: curly and guillemet pairs, and straight double quotes taken in pairs. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // only '"' and the curly/guillemet openers can start a quotation: skip everything else cheaply
    if (code !== 34 && code < 0xab) continue;
    const ch = text[i]!;
    const close = code === 34 ? '"' : OPEN_CLOSE.get(ch);
    if (!close) continue;
    const j = findClose(text, i + 1, close);
    if (j < 0) continue;
    out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j });
    i = j;
  }
  return out;
}

// A quote that runs past a paragraph break without closing is a stray mark, not a quotation.
function findClose(text: string, from: number, close: string): number {
  for (let k = from; k < text.length; k++) {
    const c = text[k]!;
    if (c === close) return k;
    if (c === "\n" && text[k + 1] === "\n" && close !== '"') return -1;
    if (c === "\n" && close === '"') return -1;
  }
  return -1;
}
