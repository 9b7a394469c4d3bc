import { analyzeReports } from "../lib/analysis/analyze-reports";
import type { Analysis } from "../lib/analysis/types";
import { readInputs } from "./lib-cli/read-inputs";

const args = process.argv.slice(2);
const json = args.includes("--json");
const paths = args.filter((a) => a !== "--json");
if (!paths.length) {
  console.error("usage: npm run analyze -- [--json] FILE_OR_DIR...");
  process.exit(2);
}
const analysis = analyzeReports(readInputs(paths));
if (json) process.stdout.write(`${JSON.stringify(analysis, null, 1)}\n`);
else printSummary(analysis);

function printSummary(a: Analysis) {
  const families = new Map<string, string[]>();
  for (const s of a.sources) families.set(s.familyLabel, [...(families.get(s.familyLabel) ?? []), s.file ?? s.id]);
  console.log(`${a.sources.length} reports, ${families.size} independent sources, ${a.claims.length} claims, ${a.clusters.length} clusters\n`);
  for (const s of a.sources)
    console.log(
      `- ${s.file ?? s.id}: outlet ${s.outlet ?? "?"}, published ${s.publishedAt ?? "?"}, family ${s.familyLabel}${s.provenance.length ? ` (${[...new Set(s.provenance.map((p) => `${p.kind} ${p.name}`))].join("; ")})` : ""}${s.unreadable ? `; NOT ANALYSED: ${s.unreadable}` : ""}`,
    );
  const byId = new Map(a.claims.map((c) => [c.id, c]));
  for (const verdict of ["contradict", "agree", "single"] as const) {
    const ks = a.clusters.filter((k) => k.verdict === verdict && (verdict !== "single" || k.reportCount > 1 || k.kind === "quantity"));
    if (!ks.length) continue;
    console.log(`\n== ${verdict.toUpperCase()} (${ks.length})`);
    for (const k of ks) {
      console.log(`* [${k.kind}] ${k.summary}  — ${k.reportCount} reports, ${k.independentCount} independent`);
      console.log(`  ${k.reason}`);
      if (verdict === "contradict") for (const id of k.claimIds) console.log(`    ${byId.get(id)!.sourceId}: ${byId.get(id)!.text}`);
    }
  }
  console.log(
    `\nEntities: ${a.entities
      .filter((e) => e.mentions.length > 1)
      .map((e) => `${e.canonical} (${e.mentions.join(" / ")})`)
      .join("; ")}`,
  );
}
