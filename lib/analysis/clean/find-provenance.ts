import type { Provenance } from "../types";

// A name of an outlet or agency: one to four capitalised words ("Valley Times", "Northgate Wire", "Harbour Post").
const WORD = String.raw`[A-Z](?:[\w&’'-]|\.(?=\w))*`;
const NAME = String.raw`(${WORD}(?:[ \u00a0]+${WORD}){0,3})`;
const THE = String.raw`(?:the[ \u00a0]+)?`;

/** `hint`: a word the phrase cannot do without, tested first; rules that open on a name would otherwise try every capital. */
type Rule = { kind: Provenance["kind"]; re: RegExp; group: number; hint?: RegExp };

const RULES: Rule[] = [
  {
    kind: "source-line",
    re: new RegExp(String.raw`^[ \t\u00a0]*(?:sources?|courtesy(?: of)?|via|credit)[ \t\u00a0]*[:\-–—][ \t\u00a0]*${THE}${NAME}`, "gim"),
    group: 1,
  },
  // "Adapted by X from Y", with the typos copy-pasters make ("Adpated", "Adaptd").
  {
    kind: "adapted-from",
    re: new RegExp(
      String.raw`\b(?:ad[a-z]{3,6}|translated|rewritten|republished)(?:[ \u00a0]+by[ \u00a0]+[^\n]{1,50}?)?[ \u00a0]+from[ \u00a0]+${THE}${NAME}`,
      "gi",
    ),
    group: 1,
  },
  { kind: "according-to", re: new RegExp(String.raw`\baccording[ \u00a0]+to[ \u00a0]+${THE}${NAME}`, "g"), group: 1 },
  {
    kind: "quoted-by",
    re: new RegExp(
      String.raw`\b(?:quoted|cited|carried|reported)[ \u00a0]+by[ \u00a0]+${THE}(?:[A-Z]\w*’s[ \u00a0]+|[A-Z]\w*'s[ \u00a0]+)?${NAME}(?:[ \u00a0]+and[ \u00a0]+${THE}${NAME})?`,
      "g",
    ),
    group: 1,
  },
  {
    kind: "could-not-verify",
    re: new RegExp(
      String.raw`\b${THE}${NAME}[ \u00a0]+(?:could[ \u00a0]+not|couldn[’']t|cannot|can[ \u00a0]?not|was[ \u00a0]+unable[ \u00a0]+to|has[ \u00a0]+not[ \u00a0]+been[ \u00a0]+able[ \u00a0]+to)[ \u00a0]+(?:independently[ \u00a0]+)?(?:verify|confirm)`,
      "g",
    ),
    group: 1,
    hint: /\b(?:verify|confirm)\b/,
  },
  {
    kind: "could-not-verify",
    re: new RegExp(String.raw`\bnot[ \u00a0]+(?:been[ \u00a0]+)?(?:independently[ \u00a0]+)?(?:verified|confirmed)[ \u00a0]+by[ \u00a0]+${THE}${NAME}`, "g"),
    group: 1,
  },
];

const ADAPT_VERB = /^(?:ad[a-z]{3,6})$/i;

/** Lines and phrases that say where a report's text came from, with raw offsets of the name. */
export function findProvenance(raw: string): Provenance[] {
  const out: Provenance[] = [];
  for (const rule of RULES) {
    if (rule.hint && !rule.hint.test(raw)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(raw); m; m = rule.re.exec(raw)) {
      if (rule.kind === "adapted-from" && !looksLikeAdapted(m[0])) continue;
      pushName(out, rule.kind, raw, m, rule.group);
      if (rule.kind === "quoted-by" && m[2]) pushName(out, rule.kind, raw, m, 2);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function looksLikeAdapted(phrase: string): boolean {
  const verb = phrase.split(/[ \u00a0]/)[0] ?? "";
  if (!ADAPT_VERB.test(verb)) return true; // translated / rewritten / republished
  return editDistance(verb.toLowerCase(), "adapted") <= 2;
}

function pushName(out: Provenance[], kind: Provenance["kind"], raw: string, m: RegExpExecArray, group: number) {
  const name = trimName(m[group] ?? "");
  if (!name || isGenericWord(name)) return;
  const start = raw.indexOf(name, m.index + m[0].lastIndexOf(m[group]!));
  out.push({ kind, name, start, end: start + name.length });
}

function trimName(name: string): string {
  // Case-insensitive rules (the adapted-from typos) also take "a Coastline Radio report": a
  // name is its capitalised words only.
  const words = name.replace(/^(?:an?|the)[ \u00a0]+/, "").split(/[ \u00a0]+/);
  const firstLower = words.findIndex((word) => !/^[A-Z0-9]/.test(word));
  const kept = (firstLower < 0 ? words : words.slice(0, firstLower)).join(" ");
  return kept
    .replace(/[.’',-]+$/, "")
    .replace(/\s+(?:News Agency|news agency)$/, "")
    .trim();
}

// Capitalised only because a sentence starts there: not a source.
function isGenericWord(name: string): boolean {
  return /^(?:It|This|That|These|Those|He|She|They|We|I|You|Officials?|Police|Local|Reports?|Media|Sources?)$/.test(name);
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
