/**
 * Ablation switches: every rule family added for real pages can be turned off by name, so its effect is
 * measured on every corpus (`TRIANGULATE_ABLATE=bare-counts,relays npm run eval`). Off by default;
 * read once, since the engine is a pure function of its input and these.
 */
export const RULE_FAMILIES = [
  "bare-counts", // figures with no counted noun, their unit read from the sentence or the one before
  "money-magnitude", // currency signs, "half a million", magnitudes, ages in apposition
  "furniture-shape", // teaser runs, link-out lines, captions, credits, timestamps
  "claim-filter", // attribution stubs, scene-setting fragments, datelines, one fact one claim
  "frames", // framing phrases, "quoted by X", "X revealed", "the crash came": who or when, with nothing said
  "background", // what is true of a kind of thing in general ("bird strikes happen whenever …"), not of the event
  "self-repeats", // one fact told twice in one report: one claim, the telling with more specifics
  "name-aliases", // acronyms defined in text, paired translations, one-letter typos, US/United States
  "relays", // rewrites of one story: shared rare sentences, agency credits, near-identical figures
] as const;

export type RuleFamily = (typeof RULE_FAMILIES)[number];

let off: Set<string> | null = null;

export function ruleOn(family: RuleFamily): boolean {
  off ??= new Set(
    (typeof process !== "undefined" ? (process.env.TRIANGULATE_ABLATE ?? "") : "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return !off.has(family);
}

/** For tests: switch families off (or back on with an empty list) without touching the environment. */
export function setAblated(families: RuleFamily[]): void {
  off = new Set(families);
}
