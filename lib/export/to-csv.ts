import type { FactSheet } from "./fact-sheet";
import { outletLookup, sideLines } from "./describe-item";

const HEADER = [
  "group",
  "cluster_id",
  "kind",
  "summary",
  "verdict",
  "reason",
  "reports",
  "independent_sources",
  "sides",
  "review_status",
  "reviewed_by",
  "review_note",
  "evidence",
];

/**
 * One row per claim, RFC 4180, safe to open in a spreadsheet: its review with the evidence, and
 * then one column per report with that report's wording ("" where the report is silent).
 * Offsets and hashes are in the JSON download.
 */
export function toCsv(sheet: FactSheet): string {
  const outletOf = outletLookup(sheet);
  const columns = sheet.sources.map((source) => source.reportId);
  const rows = [[...HEADER, ...sheet.sources.map((source) => `wording: ${source.outlet}`)]];
  for (const [group, items] of Object.entries(sheet.groups)) {
    for (const item of items) {
      const wording = new Map<string, string[]>();
      for (const mention of item.mentions) wording.set(mention.reportId, [...(wording.get(mention.reportId) ?? []), mention.text]);
      rows.push([
        group,
        item.clusterId,
        item.kind,
        item.summary,
        item.verdict,
        item.reason,
        String(item.reportCount),
        String(item.independentCount),
        sideLines(item, outletOf)
          .map((side) => `${side.text}${side.right ? " (judged right)" : ""}`)
          .join("; "),
        item.review?.status ?? "unverified",
        item.review?.reviewedBy ?? "",
        item.review?.note ?? "",
        (item.review?.evidence ?? []).join(" "),
        ...columns.map((id) => (wording.get(id) ?? []).join(" | ")),
      ]);
    }
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

function cell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: report text is untrusted.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
