import type { Verdict } from "@/lib/matrix/build-claim-matrix";
import type { CLAIM_KINDS } from "@/lib/matrix/matrix-filters";

// The words the interface uses for the analysis's names, in one place so every page and
// export calls the same thing the same way.

/** A claim's kind as a reader sees it ("role" is a person's title or office, shown as "Role"). */
export const KIND_LABEL: Record<(typeof CLAIM_KINDS)[number], string> = {
  quantity: "Number",
  quote: "Quote",
  attribution: "Attribution",
  event: "Event",
  statement: "Statement",
  role: "Role",
  date: "Date",
};

/** A kind by name, for values read from the database or a URL (an unknown kind shows as itself). */
export function kindLabel(kind: string): string {
  return (KIND_LABEL as Record<string, string>)[kind] ?? kind;
}

export const VERDICT_LABEL: Record<Verdict, string> = { contradict: "Contradiction", single: "Single source", agree: "Agreement" };

/** Enough of a claim to tell its link from the others in a screen reader's list of links. */
export function firstWords(text: string, count = 8): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(" ")}…` : words.join(" ");
}
