// Word-level diff of two short texts (claims), for marking what changed between two reports'
// wording of one fact. Pure: no DOM, no database.

export type DiffOp = "same" | "added" | "removed";

/** A run of one side's text; concatenating a side's segments gives back its text exactly. */
export type DiffSegment = { text: string; op: DiffOp; start: number; end: number };

export type WordDiff = { a: DiffSegment[]; b: DiffSegment[] };

export type Token = { text: string; start: number; end: number; key: string };

// Past this many LCS cells the middle of the two texts is marked as wholly changed rather
// than aligned, so a pathological pair cannot stall a page render.
const MAX_CELLS = 1_000_000;

/**
 * Splits on whitespace; a token keeps its punctuation and offsets. Its `key` is what is
 * compared: case, Unicode width and surrounding punctuation are ignored, so `“Safe,` matches
 * `safe` (quote marks and commas differ between outlets without changing a fact), while
 * inner punctuation stays, so `1,200` is not `1200`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, key: tokenKey(match[0]) });
  }
  return tokens;
}

function tokenKey(word: string): string {
  const normal = word.normalize("NFKC").toLowerCase();
  const stripped = normal.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
  // A lone dash or quote mark still has to match itself.
  return stripped || normal;
}

/** Which words of `a` are missing from `b` ("removed") and which of `b` are new ("added"). */
export function diffWords(a: string, b: string): WordDiff {
  const left = tokenize(a);
  const right = tokenize(b);
  const [keepLeft, keepRight] = commonTokens(left, right);
  return { a: toSegments(a, left, keepLeft, "removed"), b: toSegments(b, right, keepRight, "added") };
}

/** Flags, per token, whether it belongs to a longest common subsequence of keys. */
function commonTokens(left: Token[], right: Token[]): [boolean[], boolean[]] {
  const keepLeft = new Array<boolean>(left.length).fill(false);
  const keepRight = new Array<boolean>(right.length).fill(false);
  let head = 0;
  while (head < left.length && head < right.length && left[head]!.key === right[head]!.key) {
    keepLeft[head] = keepRight[head] = true;
    head++;
  }
  let tailLeft = left.length;
  let tailRight = right.length;
  while (tailLeft > head && tailRight > head && left[tailLeft - 1]!.key === right[tailRight - 1]!.key) {
    keepLeft[--tailLeft] = keepRight[--tailRight] = true;
  }
  const n = tailLeft - head;
  const m = tailRight - head;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [keepLeft, keepRight];

  // lengths[i][j]: LCS length of left[head+i..] and right[head+j..], one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        left[head + i]!.key === right[head + j]!.key
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[head + i]!.key === right[head + j]!.key) {
      keepLeft[head + i] = keepRight[head + j] = true;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return [keepLeft, keepRight];
}

/**
 * Joins tokens into runs of one op. Whitespace inside a changed run stays in it (one mark
 * for "at least 14"); whitespace at a run's edge counts as unchanged, so marks hug the words.
 */
function toSegments(text: string, tokens: Token[], kept: boolean[], changed: "added" | "removed"): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (start: number, end: number, op: DiffOp) => {
    if (end <= start) return;
    const last = segments.at(-1);
    if (last && last.op === op && last.end === start) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ text: text.slice(start, end), op, start, end });
    }
  };
  let cursor = 0;
  tokens.forEach((token, index) => {
    const op: DiffOp = kept[index] ? "same" : changed;
    const previousOp = index > 0 ? (kept[index - 1] ? "same" : changed) : null;
    push(cursor, token.start, previousOp === op ? op : "same");
    push(token.start, token.end, op);
    cursor = token.end;
  });
  push(cursor, text.length, "same");
  return segments;
}
