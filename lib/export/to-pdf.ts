import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { FULL_GROUPS, GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem } from "./fact-sheet";
import { countsLine, outletLookup, reportNames, reviewLine, safeUrl, sideLines, sourcesLine, type OutletOf } from "./describe-item";

// DejaVu covers Latin, Greek and Cyrillic: reports quote names in many scripts, which the
// PDF standard fonts cannot show.
// Resolved through a bound function so the bundler does not try to bundle the font files.
const resolveModule: (request: string) => string = Function.prototype.call.bind(createRequire(import.meta.url).resolve, null);
const fontPath = (file: string) => resolveModule(["dejavu-fonts-ttf", "ttf", file].join("/"));
const GROUP_COLOUR: Record<string, string> = { contradicted: "#9f1239", confirmed: "#065f46", singleSource: "#92400e", needsSource: "#44403c" };
const INK = "#1c2430";
const GREY = "#57534e";

/**
 * The fact sheet as an A4 PDF an editor can read in minutes: contradictions (grouped by side) and
 * confirmed claims in full, single-source claims one line each, provenance in an appendix.
 */
export function toPdf(sheet: FactSheet): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 42, info: { Title: `Fact sheet: ${sheet.story.title}`, Creator: "Triangulate" } });
  doc.registerFont("body", fontPath("DejaVuSans.ttf"));
  doc.registerFont("bold", fontPath("DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const outletOf = outletLookup(sheet);

  doc.font("bold").fontSize(16).fillColor(INK).text(`Fact sheet: ${sheet.story.title}`);
  doc
    .moveDown(0.2)
    .font("body")
    .fontSize(8.5)
    .fillColor(GREY)
    .text(`Event ${sheet.story.eventDate ?? "date unknown"} · made ${sheet.generatedAt.replace("T", " ").slice(0, 16)} UTC · ${sheet.story.url}`);
  const filters = Object.entries(sheet.filters);
  if (filters.length) doc.text(`Filters: ${filters.map(([key, value]) => `${key}=${value}`).join(", ")}`);
  doc.moveDown(0.3).font("bold").fontSize(9.5).fillColor(INK).text(countsLine(sheet));

  heading(doc, "Sources", INK);
  for (const family of sheet.families) {
    const names = family.reportIds.map(outletOf).join("; ");
    const size = family.reportIds.length === 1 ? "1 report" : `${family.reportIds.length} reports, 1 independent`;
    doc.font("body").fontSize(8.5).fillColor(INK).text(`• ${family.label}: ${size} (${names})`);
  }
  for (const group of SHEET_GROUPS) {
    const items = sheet.groups[group];
    heading(doc, `${GROUP_TITLES[group]} (${items.length})`, GROUP_COLOUR[group]!);
    if (items.length === 0) doc.font("body").fontSize(8.5).fillColor(GREY).text("None.");
    if (FULL_GROUPS.includes(group)) for (const item of items) writeItem(doc, item, outletOf);
    else if (items.length) writeBriefs(doc, items, outletOf);
  }

  heading(doc, "Appendix: provenance", INK);
  doc
    .font("body")
    .fontSize(7.5)
    .fillColor(GREY)
    .text("SHA-256 of each report's text as analysed; the character offsets of every wording are in the JSON download.");
  for (const source of sheet.sources) doc.fillColor(INK).text(`${source.outlet}${source.url ? ` (${source.url})` : ""}: ${source.textSha256}`);
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string, colour: string): void {
  doc.moveDown(0.7).font("bold").fontSize(11.5).fillColor(colour).text(text);
  doc.moveDown(0.2);
}

function writeItem(doc: PDFKit.PDFDocument, item: FactSheetItem, outletOf: OutletOf): void {
  doc.moveDown(0.25).font("bold").fontSize(9).fillColor(INK).text(item.summary);
  doc
    .font("body")
    .fontSize(7.5)
    .fillColor(GREY)
    .text(`${item.kind} · ${sourcesLine(item)} · review: ${reviewLine(item)}`);
  const sides = sideLines(item, outletOf);
  doc.fontSize(8.5).fillColor(INK);
  // Each side's wording matters in a contradiction; an agreement names its reports, and the
  // CSV has every report's wording.
  if (sides.length) for (const side of sides) doc.text(`${side.right ? "✓ " : "• "}${side.text}${side.right ? " — judged right" : ""}`, { indent: 8 });
  else doc.fontSize(7.5).text(reportNames(item, outletOf), { indent: 8 });
  if (item.review?.note) doc.fillColor("#292524").text(`Editor's note: ${item.review.note}`, { indent: 8 });
  for (const link of item.review?.evidence ?? []) {
    const href = safeUrl(link);
    if (href) doc.fillColor("#0f5f7a").text(`Evidence: ${href}`, { indent: 8, link: href });
  }
}

/**
 * Claims listed briefly: one line each, in two balanced columns, each line going to the shorter
 * column. Laid out by hand, since pdfkit's own columns lose their place across pages.
 */
function writeBriefs(doc: PDFKit.PDFDocument, items: FactSheetItem[], outletOf: OutletOf): void {
  const gap = 14;
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right - gap) / 2;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const y = [doc.y, doc.y];
  doc.font("body").fontSize(7).fillColor(INK);
  for (const item of items) {
    const line = `• ${item.summary} (${reportNames(item, outletOf)})${item.review ? ` · ${reviewLine(item)}` : ""}`;
    const height = doc.heightOfString(line, { width }) + 1;
    let column = y[0]! <= y[1]! ? 0 : 1;
    if (y[column]! + height > bottom) column = 1 - column;
    if (y[column]! + height > bottom) {
      doc.addPage();
      y[0] = y[1] = doc.page.margins.top;
      column = 0;
    }
    doc.text(line, left + column * (width + gap), y[column], { width });
    y[column]! += height;
  }
  doc.x = left;
  doc.y = Math.max(y[0]!, y[1]!);
}
