// The difference between two versions of a report's text: paragraphs are lined up first, then
// the words of each changed paragraph (lib/diff), so a long article with one changed figure is
// one small mark, not a page-long one. Pure.
import { diffWords, type DiffSegment } from "@/lib/diff/diff-words";

export type VersionDiffBlock = { op: "same"; text: string } | { op: "changed"; a: DiffSegment[]; b: DiffSegment[] };

// Past this many paragraph pairs the texts are shown as wholly replaced, so the page stays bounded.
const MAX_CELLS = 1_000_000;

export function diffVersions(a: string, b: string): VersionDiffBlock[] {
  const left = paragraphs(a);
  const right = paragraphs(b);
  const pairs = left.length * right.length <= MAX_CELLS ? commonParagraphs(left, right) : [];
  const blocks: VersionDiffBlock[] = [];
  let i = 0;
  let j = 0;
  for (const [x, y] of [...pairs, [left.length, right.length] as const]) {
    const removed = left.slice(i, x);
    const added = right.slice(j, y);
    // Changed paragraphs are paired in order; a surplus on one side is wholly removed or added.
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const diff = diffWords(removed[k] ?? "", added[k] ?? "");
      blocks.push({ op: "changed", a: diff.a, b: diff.b });
    }
    if (x < left.length) blocks.push({ op: "same", text: left[x]! });
    i = x + 1;
    j = y + 1;
  }
  return blocks;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Index pairs of a longest common subsequence of equal paragraphs. */
function commonParagraphs(left: string[], right: string[]): [number, number][] {
  const n = left.length;
  const m = right.length;
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        left[i] === right[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}
