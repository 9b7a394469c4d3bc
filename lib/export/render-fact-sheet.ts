import { toClaimReviews } from "./claim-review";
import type { FactSheet } from "./fact-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";
import { toPdf } from "./to-pdf";

export const EXPORT_FORMATS = {
  json: { extension: "json", type: "application/json; charset=utf-8" },
  md: { extension: "md", type: "text/markdown; charset=utf-8" },
  csv: { extension: "csv", type: "text/csv; charset=utf-8" },
  pdf: { extension: "pdf", type: "application/pdf" },
  jsonld: { extension: "jsonld", type: "application/ld+json; charset=utf-8" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The sheet's bytes in one format. */
export async function renderFactSheet(sheet: FactSheet, format: ExportFormat, organization: string): Promise<Uint8Array<ArrayBuffer> | string> {
  switch (format) {
    case "json":
      return `${JSON.stringify(sheet, null, 2)}\n`;
    case "md":
      return toMarkdown(sheet);
    case "csv":
      return toCsv(sheet);
    case "pdf":
      return new Uint8Array(await toPdf(sheet));
    case "jsonld":
      return `${JSON.stringify(toClaimReviews(sheet, organization), null, 2)}\n`;
  }
}
