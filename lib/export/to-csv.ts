import type { FactSheet } from "./fact-sheet";

const HEADER = [
  "group", "cluster_id", "kind", "summary", "verdict", "reason", "review_status", "review_note",
  "report_id", "outlet", "family", "report_url", "claim_text", "start", "end", "text_sha256",
];

/** One row per claim per report, RFC 4180, safe to open in a spreadsheet. */
export function toCsv(sheet: FactSheet): string {
  const sources = new Map(sheet.sources.map((source) => [source.reportId, source]));
  const rows = [HEADER];
  for (const [group, items] of Object.entries(sheet.groups)) {
    for (const item of items) {
      for (const mention of item.mentions) {
        const source = sources.get(mention.reportId);
        rows.push([
          group, item.clusterId, item.kind, item.summary, item.verdict, item.reason, item.review?.status ?? "unverified",
          item.review?.note ?? "", mention.reportId, source?.outlet ?? "", source?.familyLabel ?? "", source?.url ?? "",
          mention.text, String(mention.start), String(mention.end), source?.textSha256 ?? "",
        ]);
      }
    }
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

function cell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: report text is untrusted.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
