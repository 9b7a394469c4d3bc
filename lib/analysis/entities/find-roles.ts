import type { Token } from "../nlp/parse-text";
import { TITLE_OF_HEADS, TITLE_WORDS } from "../claims/lexicon";

export type RoleHit = {
  start: number;
  end: number;
  person: string;
  /** the title as written, without the name: "former President", "Palace spokesman" */
  title: string;
  /** the bare office, normalised: "president", "spokesperson", "secretary of state" */
  office: string;
  former: boolean;
  nameStart: number;
  nameEnd: number;
};

const SPOKES = /^spokes(?:man|woman|person)$/;

export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.pos !== "PUNCT";
}

export function isTitleWord(t: Token): boolean {
  if (t.title !== undefined) return t.title;
  const l = t.lower;
  return (t.title = TITLE_WORDS.has(l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l));
}

/** "former President Jane Roe", "Acme chief executive Li Wen", "Sam Hill, the club's captain". */
export function findRoles(tokens: Token[]): RoleHit[] {
  const hits: RoleHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitleWord(tokens[i]!)) continue;
    // extend the title forwards over further title words and "of State"
    let j = i + 1;
    while (j < tokens.length && isTitleWord(tokens[j]!)) j++;
    if (TITLE_OF_HEADS.has(tokens[j - 1]!.lower) && tokens[j]?.lower === "of" && tokens[j + 1] && isCapitalised(tokens[j + 1]!)) {
      j += 2;
      while (j < tokens.length && isCapitalised(tokens[j]!) && tokens[j]!.lower === "state") j++;
    }
    const nameEnd = readName(tokens, j);
    if (nameEnd === j) continue;
    // "Deputy Fire Chief Ana Ruiz": a capitalised word followed by a title word is part of a longer
    // title, not a name; the title is read from its last word
    if (tokens[nameEnd] && isTitleWord(tokens[nameEnd]!)) continue;
    // extend backwards over qualifiers: "former", "Palace", "U.S.", "Ruritanian"
    let s = i;
    while (s > 0) {
      const p = tokens[s - 1]!;
      if (
        isTitleWord(p) ||
        (isCapitalised(p) && p.pos !== "DET" && p.lower !== "in" && !/^(?:the|a|an)$/.test(p.lower) && s - 1 > 0) ||
        p.lower === "former" ||
        p.lower === "ex" ||
        p.text === "-"
      )
        s--;
      else break;
    }
    if (s > 0 && tokens[s - 1]!.lower === "former") s--;
    const former = tokens.slice(s, i).some((t) => t.lower === "former" || t.lower === "ex");
    const office = normaliseOffice(
      tokens
        .slice(i, j)
        .map((t) => t.lower)
        .join(" "),
    );
    hits.push({
      start: tokens[s]!.start,
      end: tokens[nameEnd - 1]!.end,
      person: tokens
        .slice(j, nameEnd)
        .map((t) => t.text)
        .join(" "),
      title: joinTokens(tokens.slice(s, j)),
      office,
      former,
      nameStart: tokens[j]!.start,
      nameEnd: tokens[nameEnd - 1]!.end,
    });
    i = nameEnd - 1;
  }
  return [...hits, ...findAppositiveRoles(tokens, hits)].sort((a, b) => a.start - b.start);
}

/** "Ana Ruiz, a spokeswoman for the port," / "Ana Ruiz, the club's captain": the title follows the name. */
function findAppositiveRoles(tokens: Token[], known: RoleHit[]): RoleHit[] {
  const out: RoleHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== "PROPN" || !isCapitalised(tokens[i]!)) continue;
    let j = i;
    while (j < tokens.length && tokens[j]!.pos === "PROPN" && isCapitalised(tokens[j]!) && !isTitleWord(tokens[j]!)) j++;
    if (j - i < 2 || tokens[j]?.text !== "," || known.some((r) => r.nameStart === tokens[i]!.start)) {
      i = Math.max(i, j - 1);
      continue;
    }
    let k = j + 1;
    if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? "")) k++;
    let t = k;
    while (t < Math.min(tokens.length, k + 3) && !isTitleWord(tokens[t]!) && /^(?:NOUN|ADJ|PROPN|PART)$/.test(tokens[t]!.pos)) t++;
    if (!tokens[t] || !isTitleWord(tokens[t]!)) {
      i = j - 1;
      continue;
    }
    let e = t + 1;
    if (/^(?:for|of|at)$/.test(tokens[e]?.lower ?? "")) {
      e++;
      while (e < tokens.length && e < t + 7 && tokens[e]!.text !== "," && tokens[e]!.text !== "." && tokens[e]!.pos !== "VERB") e++;
    }
    out.push({
      start: tokens[i]!.start,
      end: tokens[e - 1]!.end,
      person: tokens
        .slice(i, j)
        .map((x) => x.text)
        .join(" "),
      title: joinTokens(tokens.slice(k, e)),
      office: normaliseOffice(tokens[t]!.lower),
      former: tokens.slice(k, t).some((x) => x.lower === "former"),
      nameStart: tokens[i]!.start,
      nameEnd: tokens[j - 1]!.end,
    });
    i = e - 1;
  }
  return out;
}

/** A personal name: one to three capitalised proper-noun tokens. */
function readName(tokens: Token[], j: number): number {
  let k = j;
  while (k < tokens.length && k - j < 3 && isCapitalised(tokens[k]!) && tokens[k]!.pos === "PROPN" && !isTitleWord(tokens[k]!)) k++;
  return k;
}

export function normaliseOffice(title: string): string {
  return title
    .split(" ")
    .map((w) => (SPOKES.test(w) ? "spokesperson" : w === "chairwoman" || w === "chair" ? "chairman" : w))
    .join(" ")
    .replace(/^(?:mr|mrs|ms|dr)\.?$/, "");
}

function joinTokens(tokens: Token[]): string {
  let out = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    out += k > 0 && t.start > tokens[k - 1]!.end ? ` ${t.text}` : t.text;
  }
  return out;
}
