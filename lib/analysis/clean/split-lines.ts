export type Line = {
  /** offset of the first non-space character in the raw text */
  start: number;
  /** offset just after the last non-space character */
  end: number;
  /** the trimmed line, with no-break spaces turned into plain spaces */
  text: string;
  /** raw pieces the line is read from, when markup sits inside it (HTML) */
  parts?: [number, number][];
};

// Page furniture lives on whole lines far more often than inside sentences, so cleaning works on
// trimmed lines that remember where they sit in the raw text.
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i] !== "\n" && raw[i] !== "\r") continue;
    let s = lineStart;
    let e = i;
    while (s < e && isBlank(raw.charCodeAt(s))) s++;
    while (e > s && isBlank(raw.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: raw.slice(s, e).replace(/[\u00a0\u2007\u202f]/g, " ") });
    lineStart = i + 1;
  }
  return lines;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0xfeff || code === 0x200b;
}
