import { FULL_GROUPS, GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem } from "./fact-sheet";
import { countsLine, outletLookup, reportNames, reviewLine, safeUrl, sideLines, sourcesLine, type OutletOf } from "./describe-item";

/**
 * The fact sheet as Markdown for a CMS or a chat: contradictions and confirmed claims in full,
 * the rest one line each, provenance in an appendix. Report text is quoted, never interpreted.
 */
export function toMarkdown(sheet: FactSheet): string {
  const outletOf = outletLookup(sheet);
  const lines: string[] = [
    `# Fact sheet: ${inline(sheet.story.title)}`,
    "",
    `Event: ${sheet.story.eventDate ?? "date unknown"} · made ${sheet.generatedAt} · <${safeUrl(sheet.story.url)}>`,
    "",
    countsLine(sheet),
  ];
  const filters = Object.entries(sheet.filters);
  if (filters.length) lines.push("", `Filters: ${filters.map(([key, value]) => `${key}=${inline(value)}`).join(", ")}`);
  lines.push("", "## Sources", "");
  for (const family of sheet.families) {
    const names = family.reportIds.map((id) => inline(outletOf(id)));
    lines.push(
      `- ${inline(family.label)}: ${family.reportIds.length === 1 ? "1 report" : `${family.reportIds.length} reports, 1 independent`} (${names.join("; ")})`,
    );
  }
  const updated = sheet.sources.filter((source) => source.textVersion > 1);
  if (updated.length > 0) {
    const versions = updated.map(
      (source) => `${inline(source.outlet)}, version ${source.textVersion} (${source.versionAt.slice(0, 16).replace("T", " ")} UTC)`,
    );
    lines.push("", `Read from the latest version of each report: ${versions.join("; ")}; the others are as first added.`);
  }
  for (const group of SHEET_GROUPS) {
    const items = sheet.groups[group];
    lines.push("", `## ${GROUP_TITLES[group]} (${items.length})`, "");
    if (items.length === 0) lines.push("None.");
    const full = FULL_GROUPS.includes(group);
    for (const item of items) lines.push(...(full ? itemLines(item, outletOf) : [briefLine(item, outletOf)]));
  }
  lines.push(
    "",
    "## Appendix: provenance",
    "",
    "Each report's text as analysed, by SHA-256; the character offsets of every wording are in the JSON download.",
    "",
  );
  for (const source of sheet.sources) {
    lines.push(`- ${inline(source.outlet)}${source.url ? ` <${safeUrl(source.url)}>` : ""}: \`${source.textSha256}\``);
  }
  return `${lines.join("\n")}\n`;
}

function itemLines(item: FactSheetItem, outletOf: OutletOf): string[] {
  const lines = [`### ${inline(item.summary)}`, "", `${item.kind} · ${sourcesLine(item)} · review: ${reviewLine(item)}`, ""];
  const sides = sideLines(item, outletOf);
  if (sides.length) {
    for (const side of sides) lines.push(`- ${inline(side.text)}${side.right ? " **(judged right by an editor)**" : ""}`);
  } else {
    lines.push(`Reports: ${inline(reportNames(item, outletOf))}`);
  }
  lines.push("");
  if (item.review?.note) lines.push(`Editor's note: ${inline(item.review.note)}`, "");
  for (const link of item.review?.evidence ?? []) {
    const href = safeUrl(link);
    if (href) lines.push(`- Evidence: <${href}>`);
  }
  if (item.review?.evidence.length) lines.push("");
  return lines;
}

function briefLine(item: FactSheetItem, outletOf: OutletOf): string {
  return `- ${inline(item.summary)} (${inline(reportNames(item, outletOf))})${item.review ? ` · ${reviewLine(item)}` : ""}`;
}

// Report text may hold Markdown or HTML; escaping keeps it plain text wherever it is pasted.
function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/([\\`*_{}[\]<>#|!])/g, "\\$1")
    .trim();
}
