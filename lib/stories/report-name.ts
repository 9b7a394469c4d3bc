/** The fields a report's one display name is made from. */
export type NamedReport = { outletName: string | null; title: string | null; fileName: string | null };

const MAX_HEADLINE = 48;

/**
 * The one name a report goes by everywhere (matrix column, explanations, exports): its outlet,
 * else its headline cut short at a word, else its file name. Editors rename a report by
 * correcting its outlet, at upload or on its page.
 */
export function reportName(report: NamedReport): string {
  const outlet = report.outletName?.trim();
  if (outlet) return outlet;
  const title = report.title?.trim();
  if (title) return shortHeadline(title);
  return report.fileName?.trim() || "Untitled report";
}

/** A report's headline where it is shown in full (its page, its link): the title, else its file name. */
export function reportHeadline(report: Pick<NamedReport, "title" | "fileName">): string {
  return report.title?.trim() || report.fileName?.trim() || "Untitled report";
}

/** A headline cut to fit a column: whole words, an ellipsis where it was cut. */
export function shortHeadline(title: string, max = MAX_HEADLINE): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * A source family's name. The analysis names a family by the outlet it comes from; one with no
 * outlet named anywhere it calls by its first report's headline (or "Unnamed source"), which
 * is shown here as that report's display name so the family and its column agree.
 */
export function familyName(familyLabel: string | null, first: NamedReport): string {
  if (!familyLabel || familyLabel === "Unnamed source" || /^“.*”$/.test(familyLabel)) return reportName(first);
  return familyLabel;
}
