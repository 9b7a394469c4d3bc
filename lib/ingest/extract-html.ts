import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { AppError } from "@/lib/errors";

export type ExtractedArticle = {
  /** The article's text, one paragraph per block, separated by blank lines. */
  text: string;
  /** text[i] came from source[rawStarts[i], rawEnds[i]): one character, or a whole entity. */
  rawStarts: Int32Array;
  rawEnds: Int32Array;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
};

type TextNode = { text: string; starts: number[]; ends: number[]; blockBefore: boolean };

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "br",
  "hr",
  "dd",
  "dt",
]);

/**
 * Reduces an HTML page to its article (Readability picks it) while remembering where each
 * character came from in the source, so claims found in the text can point into the file.
 */
export function extractArticle(html: string): ExtractedArticle {
  // The linear read first: it measures the nesting that Readability's cost grows steeply with.
  const nodes = readTextNodes(html);
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const wanted = squeeze(article?.textContent ?? "");
  const kept = wanted.length > 0 ? keepArticleNodes(nodes, wanted) : nodes;
  return {
    ...joinNodes(kept),
    title: clean(article?.title) ?? clean(document.querySelector("title")?.textContent),
    byline: clean(article?.byline),
    siteName: clean(article?.siteName),
    publishedTime: clean(article?.publishedTime),
  };
}

/** Maps a [start, end) span of the extracted text back to the HTML source. */
export function mapSpanToRaw(article: Pick<ExtractedArticle, "rawStarts" | "rawEnds">, start: number, end: number): [number, number] {
  const size = article.rawStarts.length;
  if (size === 0) return [0, 0];
  const first = article.rawStarts[Math.min(start, size - 1)]!;
  const last = article.rawEnds[Math.min(Math.max(end - 1, start), size - 1)]!;
  return [first, last];
}

/**
 * Deepest element nesting read. Real pages stay under about a hundred; Readability's and the DOM's
 * cost grows faster than the square of depth (200 levels: 0.5 s; 1,000: 16 s), so deeper is refused.
 */
export const MAX_HTML_DEPTH = 200;

function readTextNodes(html: string): TextNode[] {
  const nodes: TextNode[] = [];
  let depth = 0;
  let skipDepth = 0;
  let pendingBlock = true;
  let current: TextNode | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_HTML_DEPTH) {
          throw new AppError("unprocessable", `The page nests its elements over ${MAX_HTML_DEPTH} deep; it is too complex to read.`);
        }
        if (SKIPPED.has(name)) skipDepth++;
        if (BLOCKS.has(name)) pendingBlock = true;
        current = null;
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (BLOCKS.has(name)) pendingBlock = true;
        current = null;
      },
      ontext(piece) {
        if (skipDepth > 0) return;
        if (!current) {
          current = { text: "", starts: [], ends: [], blockBefore: pendingBlock };
          nodes.push(current);
          pendingBlock = false;
        }
        const start = parser.startIndex;
        const exact = parser.endIndex - start + 1 === piece.length;
        for (let i = 0; i < piece.length; i++) {
          current.starts.push(exact ? start + i : start);
          current.ends.push(exact ? start + i + 1 : parser.endIndex + 1);
        }
        current.text += piece;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return nodes;
}

// Walks the page's text in order and keeps the pieces that continue the article's text.
function keepArticleNodes(nodes: TextNode[], wanted: string): TextNode[] {
  const kept: TextNode[] = [];
  let cursor = 0;
  for (const node of nodes) {
    const piece = squeeze(node.text);
    if (!piece) {
      if (kept.length) kept.push(node);
      continue;
    }
    const at = wanted.startsWith(piece, cursor) ? cursor : wanted.indexOf(piece, cursor);
    // Readability drops small bits (captions, share links); allow a short skip, no more.
    if (at < 0 || at - cursor > 400) continue;
    kept.push(node);
    cursor = at + piece.length;
  }
  return kept;
}

function joinNodes(nodes: TextNode[]): { text: string; rawStarts: Int32Array; rawEnds: Int32Array } {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, start: number, end: number) => {
    chars.push(ch);
    starts.push(start);
    ends.push(end);
  };
  let needBreak = false;
  let needSpace = false;
  for (const node of nodes) {
    if (node.blockBefore && chars.length) needBreak = true;
    for (let i = 0; i < node.text.length; i++) {
      const ch = node.text[i]!;
      if (/\s/.test(ch)) {
        if (chars.length) needSpace = true;
        continue;
      }
      const start = node.starts[i]!;
      if (needBreak) {
        push("\n", start, start);
        push("\n", start, start);
      } else if (needSpace) push(" ", start, start);
      needBreak = needSpace = false;
      push(ch, start, node.ends[i]!);
    }
  }
  return { text: chars.join(""), rawStarts: Int32Array.from(starts), rawEnds: Int32Array.from(ends) };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}
