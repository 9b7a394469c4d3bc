import type { Score } from "./corpora";

// The eval's tables: one row per corpus with the scorer's figures.

export const COLUMNS: [key: string, head: string][] = [
  ["mentionRecall", "mentions"],
  ["valueRecall", "values"],
  ["pairPrecision", "pairP"],
  ["pairRecall", "pairR"],
  ["pairF1", "pairF1"],
  ["contradictionRecall", "contraR"],
  ["contradictionFalseAlarms", "falseAl"],
  ["singleSourceRight", "single"],
  ["familyPairsRight", "families"],
  ["entityGroupsRight", "entities"],
  ["boilerplateClaims", "boiler"],
  ["claims", "claims"],
  ["claimPrecision", "claimP"],
];

export function printTable(title: string, rows: { name: string; score: Score; note?: string }[]): void {
  const width = Math.max(8, ...rows.map((r) => r.name.length));
  console.log(`\n${title}`);
  console.log(`${"corpus".padEnd(width)} ${COLUMNS.map(([, h]) => h.padStart(8)).join(" ")}`);
  for (const r of rows)
    console.log(`${r.name.padEnd(width)} ${COLUMNS.map(([k]) => String(r.score[k] ?? "").padStart(8)).join(" ")}${r.note ? `  ${r.note}` : ""}`);
}

/** Mean pairF1, contradiction recall over every gold contradiction, most false alarms in one event. */
export function summarise(rows: { score: Score; contradictions: number }[]): { pairF1: number; contradictionRecall: number; worstFalseAlarms: number } {
  const total = rows.reduce((s, r) => s + r.contradictions, 0);
  const found = rows.reduce((s, r) => s + Math.round((r.score.contradictionRecall ?? 0) * r.contradictions), 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    pairF1: round(rows.reduce((s, r) => s + (r.score.pairF1 ?? 0), 0) / (rows.length || 1)),
    contradictionRecall: round(total ? found / total : 1),
    worstFalseAlarms: Math.max(0, ...rows.map((r) => r.score.contradictionFalseAlarms ?? 0)),
  };
}
