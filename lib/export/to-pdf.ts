import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem } from "./fact-sheet";
import { STATUS_LABEL } from "@/lib/review/review-status";

// DejaVu covers Latin, Greek and Cyrillic: reports quote names in many scripts, which the
// PDF standard fonts cannot show.
// Resolved through a bound function so the bundler does not try to bundle the font files.
const resolveModule: (request: string) => string = Function.prototype.call.bind(createRequire(import.meta.url).resolve, null);
const fontPath = (file: string) => resolveModule(["dejavu-fonts-ttf", "ttf", file].join("/"));
const GROUP_COLOUR: Record<string, string> = { contradicted: "#9f1239", confirmed: "#065f46", singleSource: "#92400e", unverified: "#44403c" };

/** The fact sheet as a printable A4 PDF. */
export function toPdf(sheet: FactSheet): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `Fact sheet: ${sheet.story.title}`, Creator: "Triangulate" } });
  doc.registerFont("body", fontPath("DejaVuSans.ttf"));
  doc.registerFont("bold", fontPath("DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("bold").fontSize(18).fillColor("#1c2430").text(`Fact sheet: ${sheet.story.title}`);
  doc.moveDown(0.3).font("body").fontSize(9).fillColor("#57534e")
    .text(`Event ${sheet.story.eventDate ?? "date unknown"} · made ${sheet.generatedAt} · ${sheet.story.url}`);
  const filters = Object.entries(sheet.filters);
  if (filters.length) doc.text(`Filters: ${filters.map(([key, value]) => `${key}=${value}`).join(", ")}`);

  heading(doc, "Sources", "#1c2430");
  const outlet = new Map(sheet.sources.map((source) => [source.reportId, source.outlet]));
  for (const family of sheet.families) {
    const names = family.reportIds.map((id) => outlet.get(id) ?? id).join("; ");
    doc.font("body").fontSize(10).fillColor("#1c2430").text(`• ${family.label}: ${family.reportIds.length} report(s), 1 independent (${names})`);
  }
  for (const group of SHEET_GROUPS) {
    const items = sheet.groups[group];
    heading(doc, `${GROUP_TITLES[group]} (${items.length})`, GROUP_COLOUR[group]!);
    if (items.length === 0) doc.font("body").fontSize(10).fillColor("#57534e").text("None.");
    for (const item of items) writeItem(doc, item, outlet);
  }
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string, colour: string): void {
  doc.moveDown(1).font("bold").fontSize(13).fillColor(colour).text(text);
  doc.moveDown(0.3);
}

function writeItem(doc: PDFKit.PDFDocument, item: FactSheetItem, outlet: Map<string, string>): void {
  const status = STATUS_LABEL[item.review?.status ?? "unverified"];
  doc.moveDown(0.4).font("bold").fontSize(10.5).fillColor("#1c2430").text(item.summary);
  doc.font("body").fontSize(8.5).fillColor("#57534e")
    .text(`${item.kind} · ${item.reportCount} report(s), ${item.independentCount} independent · review: ${status}`);
  doc.fontSize(9).fillColor("#292524").text(item.reason);
  if (item.review?.note) doc.text(`Editor's note (${item.review.reviewedBy}): ${item.review.note}`);
  for (const link of item.review?.evidence ?? []) doc.fillColor("#0f5f7a").text(`Evidence: ${link}`);
  for (const mention of item.mentions) {
    doc.fillColor("#1c2430").text(`${outlet.get(mention.reportId) ?? mention.reportId} (chars ${mention.start}–${mention.end}): “${mention.text}”`, { indent: 12 });
  }
}
