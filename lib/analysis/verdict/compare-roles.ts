// Whether two reports give one person different offices: a former, deputy or acting holder against the
// office itself, or one ministry against another.

export type RoleView = { title: string; office: string; former: boolean };

/** Why the two titles cannot both be right, or null when they can. */
export function roleConflict(x: RoleView, y: RoleView): string | null {
  if (!sameOffice(x.office, y.office)) return null;
  if (x.former !== y.former || rankOf(x.title) !== rankOf(y.title)) return "a different office";
  const px = portfoliosOf(x.title),
    py = portfoliosOf(y.title);
  // "Transport Minister" against "Interior Minister"; "Transport and Housing Minister" still agrees
  if (px.size && py.size && ![...px].some((p) => py.has(p))) return "a different ministry";
  return null;
}

function sameOffice(a: string, b: string): boolean {
  const wa = a.split(" "),
    wb = b.split(" ");
  return wa.some((w) => wb.includes(w));
}

/** Words that make a title a lesser or temporary holder of the office: "Deputy Mayor" is not "Mayor". */
const RANK_WORDS = new Set(["deputy", "acting", "vice", "assistant", "interim", "associate", "former", "ex"]);

function rankOf(title: string): string {
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => RANK_WORDS.has(w))
    .sort()
    .join(" ");
}

/** Government portfolios, with the names that mean the same one folded together. */
const PORTFOLIOS = new Map<string, string>(
  Object.entries({
    transport: "transport",
    transportation: "transport",
    interior: "interior",
    home: "interior",
    foreign: "foreign",
    defence: "defence",
    defense: "defence",
    finance: "finance",
    treasury: "finance",
    health: "health",
    education: "education",
    justice: "justice",
    economy: "economy",
    economic: "economy",
    energy: "energy",
    agriculture: "agriculture",
    environment: "environment",
    labour: "labour",
    labor: "labour",
    trade: "trade",
    industry: "industry",
    culture: "culture",
    housing: "housing",
    infrastructure: "infrastructure",
    tourism: "tourism",
    science: "science",
    immigration: "immigration",
    employment: "employment",
    fisheries: "fisheries",
    communications: "communications",
    digital: "digital",
    sport: "sport",
    sports: "sport",
  }),
);

function portfoliosOf(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().split(/[\s-]+/)) {
    const p = PORTFOLIOS.get(w);
    if (p) out.add(p);
  }
  return out;
}
