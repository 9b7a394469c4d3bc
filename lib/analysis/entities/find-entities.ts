import type { Sentence, Token } from "../nlp/parse-text";
import { MONTHS, MONTH_ABBR, WEEKDAYS } from "../claims/lexicon";
import { isCapitalised, isTitleWord, normaliseOffice, type RoleHit } from "./find-roles";
import { guessType } from "./guess-type";
import { ruleOn } from "../nlp/rule-switches";

export type EntityType = "person" | "place" | "org";
export type EntityMention = {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  typeSure: boolean;
  placeCue?: boolean;
  aliasOf?: string;
  /** "Ana Ruiz of the Dockers' Guild union": the body a named person belongs to, and the noun after its name */
  memberOf?: { org: string; head: string };
};

const NOT_ENTITY = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...MONTH_ABBR,
  "i",
  "we",
  "he",
  "she",
  "they",
  "it",
  "the",
  "a",
  "an",
  "this",
  "that",
  "meanwhile",
  "however",
  "despite",
  "while",
  "after",
  "before",
  "since",
  "but",
  "and",
  "now",
  "in",
  "on",
]);

/**
 * Capitalised name spans in one report, typed by the words around them. `sourceNames`: outlets and
 * agencies named by the report's provenance (organisations).
 */
export function findEntities(sentences: Sentence[], roles: RoleHit[], sourceNames: ReadonlySet<string> = new Set()): EntityMention[] {
  const out: EntityMention[] = [];
  // Capitalised words seen inside sentences: a sentence's first word is only a name if it is one elsewhere too.
  const midSentence = new Set<string>();
  for (const s of sentences) for (let k = 1; k < s.tokens.length; k++) if (isCapitalised(s.tokens[k]!)) midSentence.add(s.tokens[k]!.text);
  const roleNames = new Set(roles.map((r) => r.nameStart));
  // Title words inside a role ("Secretary of State") are not part of the holder's name.
  const titleSpans = roles.map((r) => [r.start, r.nameStart] as const);
  const inTitle = (t: Token) => titleSpans.some(([s, e]) => t.start >= s && t.end <= e);
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!startsName(toks, i) || inTitle(toks[i]!)) continue;
      let j = i + 1;
      // "Dockers' Union": a plural possessive inside a name keeps the name going
      while (
        j < toks.length &&
        ((continuesName(toks[j]!) && !inTitle(toks[j]!)) ||
          (/^['’]$/.test(toks[j]!.text) && toks[j]!.start === toks[j - 1]!.end && !!toks[j + 1] && continuesName(toks[j + 1]!)))
      )
        j++;
      if (ruleOn("name-aliases")) j = extendOfName(toks, i, j);
      const run = toks.slice(i, j);
      const text = run.map((t, k) => (k && t.start > run[k - 1]!.end ? ` ${t.text}` : t.text)).join("");
      if (j - i === 1 && !keepSingle(toks, i, i === 0 && !midSentence.has(toks[i]!.text))) {
        i = j - 1;
        continue;
      }
      const typed = guessType(toks, i, j, text, roleNames.has(toks[i]!.start), sourceNames);
      const memberOf = ruleOn("name-aliases") ? readMembership(toks, j) : null;
      out.push({ text, start: toks[i]!.start, end: toks[j - 1]!.end, ...typed, ...(memberOf ? { memberOf } : {}) });
      i = j - 1;
    }
  }
  return [...retypeSurnames(out), ...findDescriptions(sentences, roles)];
}

/**
 * "the company spokeswoman" names the one person this report gives that office: an alias of theirs.
 * Two people with the same office in one report leave the description unresolved.
 */
function findDescriptions(sentences: Sentence[], roles: RoleHit[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.lower !== "the") continue;
      let k = i + 1;
      while (k < Math.min(toks.length, i + 4) && !isTitleWord(toks[k]!) && /^(?:NOUN|ADJ|PROPN)$/.test(toks[k]!.pos)) k++;
      const title = toks[k];
      if (!title || !isTitleWord(title) || toks[k + 1]?.pos === "PROPN") continue;
      const office = normaliseOffice(title.lower);
      const holders = new Set(roles.filter((r) => r.office === office && r.start < title.start).map((r) => r.person));
      if (holders.size !== 1) continue;
      const text = toks
        .slice(i, k + 1)
        .map((t) => t.text)
        .join(" ");
      out.push({ text, start: toks[i]!.start, end: title.end, type: "person", typeSure: true, aliasOf: [...holders][0]! });
    }
  }
  return out;
}

/** "Ortiz" after "Jenna Ortiz" is the same person, whatever the words around it suggest. */
function retypeSurnames(mentions: EntityMention[]): EntityMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === "person" && m.text.includes(" ")) surnames.add(m.text.split(" ").pop()!);
  return mentions.map((m) => (!m.text.includes(" ") && surnames.has(m.text) ? { ...m, type: "person" as const, typeSure: true } : m));
}

// "Authorities said", "Ruritanian forces": sentence-initial plurals and demonyms are not names.
function keepSingle(toks: Token[], i: number, sentenceStart: boolean): boolean {
  const t = toks[i]!;
  if (sentenceStart) return false;
  const next = toks[i + 1];
  if (/(?:ian|ean|ese|ish|ern)$/i.test(t.text) && next && (/^[a-z]/.test(next.text) || isTitleWord(next))) return false;
  return !/^(?:local|authorities|officials|sources)$/i.test(t.text);
}

function startsName(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // "the Shipping Ministry": a capitalised noun inside a sentence that a proper noun continues opens a name
  const opensName = i > 0 && (t.pos === "NOUN" || t.pos === "ADJ") && toks[i + 1]?.pos === "PROPN" && continuesName(toks[i + 1]!) && ruleOn("name-aliases");
  if (!isCapitalised(t) || (t.pos !== "PROPN" && !opensName) || isTitleWord(t) || NOT_ENTITY.has(t.lower)) return false;
  return /[a-z]/i.test(t.text);
}

// Inside a name any capitalised word goes on with it, whatever the tagger calls it: "Haldane Cross",
// "Grand Falls", "Stony Stratford" (a capital mid-sentence is rarely anything else).
const NAME_PART_POS = new Set(["PROPN", "NOUN", "VERB", "ADJ", "ADV"]);

function continuesName(t: Token): boolean {
  return isCapitalised(t) && NAME_PART_POS.has(t.pos) && !isTitleWord(t) && !NOT_ENTITY.has(t.lower);
}

// Heads of names that go on with "of": "Ministry of Land, Infrastructure and Transport", "Bank of England".
const OF_HEADS =
  /^(?:ministry|department|university|bank|institute|office|council|court|agency|bureau|museum|church|republic|kingdom|federation|association|union|commission|committee|organi[sz]ation|corporation|board|academy|college|cent(?:re|er)|service|authority|house|party|school|secretary|chamber|league|society|foundation|fund|port|city|state|states|province|county|district|region|gulf|bay|lake|mount|isle|island|islands)$/i;

/** The end of a name after its "of" part, with a list of capitalised words ("of Land, Infrastructure and Transport"). */
function extendOfName(toks: Token[], i: number, j: number): number {
  if (!OF_HEADS.test(toks[j - 1]!.text) || toks[j]?.lower !== "of" || !toks[j + 1] || !continuesName(toks[j + 1]!)) return j;
  let k = j + 1;
  while (k < toks.length && continuesName(toks[k]!)) k++;
  // ", Infrastructure and Transport": single capitalised items, the list closed by "and"
  let m = k;
  while (toks[m]?.text === "," && toks[m + 1] && continuesName(toks[m + 1]!)) m += 2;
  if (m > k && toks[m]?.lower === "and" && toks[m + 1] && continuesName(toks[m + 1]!)) k = m + 2;
  else if (toks[k]?.lower === "and" && toks[k + 1] && continuesName(toks[k + 1]!) && toks[k + 2]?.lower !== "of") k += 2;
  return k;
}

const MEMBER_WORDS = /^(?:an?|official|member|leader|head|spokesperson|spokesman|spokeswoman|representative|delegate|secretary|general)$/;

/** After a name: ", an official from the Force Ouvriere union" / " of the Workers' Force union". */
function readMembership(toks: Token[], j: number): { org: string; head: string } | null {
  let k = j;
  if (toks[k]?.text === ",") k++;
  while (k < j + 5 && toks[k] && MEMBER_WORDS.test(toks[k]!.lower)) k++;
  if (!/^(?:of|from)$/.test(toks[k]?.lower ?? "") || toks[k + 1]?.lower !== "the") return null;
  let m = k + 2;
  const start = m;
  while (toks[m] && (continuesName(toks[m]!) || (/^['’]$/.test(toks[m]!.text) && m > start))) m++;
  const head = toks[m];
  if (m === start || !head || head.pos !== "NOUN" || !/^[a-z]/.test(head.text)) return null;
  const org = toks
    .slice(start, m)
    .map((t, x) => (x && t.start > toks[start + x - 1]!.end ? ` ${t.text}` : t.text))
    .join("");
  return { org, head: head.lower };
}
