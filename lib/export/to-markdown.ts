import { GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem } from "./fact-sheet";
import { STATUS_LABEL } from "@/lib/review/review-status";

/** The fact sheet as Markdown for a CMS or a chat. Report text is quoted, never interpreted. */
export function toMarkdown(sheet: FactSheet): string {
  const outlet = new Map(sheet.sources.map((source) => [source.reportId, source.outlet]));
  const lines: string[] = [
    `# Fact sheet: ${inline(sheet.story.title)}`,
    "",
    `Event: ${sheet.story.eventDate ?? "date unknown"} · made ${sheet.generatedAt} · ${sheet.story.url}`,
  ];
  const filters = Object.entries(sheet.filters);
  if (filters.length) lines.push(`Filters: ${filters.map(([key, value]) => `${key}=${inline(value)}`).join(", ")}`);
  lines.push("", "## Sources", "");
  for (const family of sheet.families) {
    const names = family.reportIds.map((id) => inline(outlet.get(id) ?? id));
    lines.push(`- ${inline(family.label)}: ${family.reportIds.length} report${family.reportIds.length === 1 ? "" : "s"}, 1 independent (${names.join("; ")})`);
  }
  const updated = sheet.sources.filter((source) => source.textVersion > 1);
  if (updated.length > 0) {
    const versions = updated.map((source) => `${inline(source.outlet)}, version ${source.textVersion} (${source.versionAt.slice(0, 16).replace("T", " ")} UTC)`);
    lines.push("", `Read from the latest version of each report: ${versions.join("; ")}; the others are as first added.`);
  }
  for (const group of SHEET_GROUPS) {
    const items = sheet.groups[group];
    lines.push("", `## ${GROUP_TITLES[group]} (${items.length})`, "");
    if (items.length === 0) lines.push("None.");
    for (const item of items) lines.push(...itemLines(item, outlet));
  }
  return `${lines.join("\n")}\n`;
}

function itemLines(item: FactSheetItem, outlet: Map<string, string>): string[] {
  const status = item.review ? STATUS_LABEL[item.review.status] : STATUS_LABEL.unverified;
  const lines = [
    `### ${inline(item.summary)}`,
    "",
    `${item.kind} · ${item.reportCount} report(s), ${item.independentCount} independent · review: ${status}`,
    "",
    `> ${inline(item.reason)}`,
    "",
  ];
  if (item.review?.note) lines.push(`Editor's note (${inline(item.review.reviewedBy)}): ${inline(item.review.note)}`, "");
  for (const link of item.review?.evidence ?? []) lines.push(`- Evidence: <${link}>`);
  for (const mention of item.mentions) {
    lines.push(`- ${inline(outlet.get(mention.reportId) ?? mention.reportId)} (chars ${mention.start}–${mention.end}): “${inline(mention.text)}”`);
  }
  lines.push("");
  return lines;
}

// Report text may hold Markdown or HTML; escaping keeps it plain text wherever it is pasted.
function inline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_{}[\]<>#|!])/g, "\\$1").trim();
}
