import { plural } from "@/lib/format";
import { STATUS_LABEL } from "@/lib/review/review-status";
import type { FactSheet, FactSheetItem } from "./fact-sheet";

// Sentences every format of the sheet shares, so the PDF, the page and the Markdown say the same.

export type OutletOf = (reportId: string) => string;

export function outletLookup(sheet: FactSheet): OutletOf {
  const outlet = new Map(sheet.sources.map((source) => [source.reportId, source.outlet]));
  return (reportId) => outlet.get(reportId) ?? "a report";
}

/** "122 claims: 4 contradicted, 31 confirmed, 87 single source, 0 need another source · 3 reviewed, 119 not yet" */
export function countsLine(sheet: FactSheet): string {
  const { groups, counts } = sheet;
  const parts = [
    `${groups.contradicted.length} contradicted`,
    `${groups.confirmed.length} confirmed`,
    `${groups.singleSource.length} single source`,
    `${groups.needsSource.length} need another source`,
  ];
  const reviewed = `${counts.reviewed} reviewed by an editor, ${counts.notReviewed} not yet`;
  const dismissed = counts.dismissed ? ` · ${plural(counts.dismissed, "row")} dismissed as not a claim` : "";
  const only = sheet.reviewedOnly ? " · reviewed claims only" : "";
  return `${plural(counts.claims, "claim")}: ${parts.join(", ")} · ${reviewed}${dismissed}${only}`;
}

/** "4 reports say “12 people” (A, B, C, D)" for each side of a contradiction, the larger first. */
export function sideLines(item: FactSheetItem, outletOf: OutletOf): { text: string; right: boolean }[] {
  if (!item.sides) return [];
  return [...item.sides]
    .sort((a, b) => b.reportIds.length - a.reportIds.length)
    .map((side) => ({
      text: `${side.reportIds.length === 1 ? "1 report says" : `${side.reportIds.length} reports say`} “${side.words}” (${side.reportIds.map(outletOf).join(", ")})`,
      right: side.right,
    }));
}

/** Each distinct wording of a claim once, with the reports that use it. */
export function wordings(item: FactSheetItem, outletOf: OutletOf): { text: string; outlets: string[] }[] {
  const byText = new Map<string, { text: string; outlets: string[] }>();
  for (const mention of item.mentions) {
    const key = mention.text.replace(/\s+/g, " ").trim().toLowerCase();
    const entry = byText.get(key) ?? { text: mention.text.replace(/\s+/g, " ").trim(), outlets: [] };
    const name = outletOf(mention.reportId);
    if (!entry.outlets.includes(name)) entry.outlets.push(name);
    byText.set(key, entry);
  }
  return [...byText.values()];
}

/** "Verified by Edie Editor" or "not reviewed". */
export function reviewLine(item: FactSheetItem): string {
  return item.review ? `${STATUS_LABEL[item.review.status]} (${item.review.reviewedBy}, ${item.review.reviewedAt.slice(0, 10)})` : "not reviewed";
}

/** "5 reports, 3 independent" */
export function sourcesLine(item: FactSheetItem): string {
  return `${plural(item.reportCount, "report")}, ${item.independentCount} independent`;
}

/** The reports making a claim, each once, in the order they come. */
export function reportNames(item: FactSheetItem, outletOf: OutletOf): string {
  return [...new Set(item.mentions.map((mention) => outletOf(mention.reportId)))].join(", ");
}

/**
 * An evidence link made safe to write into Markdown or any markup: normalised by the URL parser
 * and with every character that could close a link or a tag percent-encoded. Evidence is typed by
 * editors, and `https://x/"><script>` is a valid URL.
 */
export function safeUrl(link: string): string {
  let href: string;
  try {
    href = new URL(link).href;
  } catch {
    return "";
  }
  if (!/^https?:$/.test(new URL(href).protocol)) return "";
  return href.replace(/[<>"'`()\[\]\\\s|*_{}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
