import fs from "node:fs";
import { z } from "zod";
import type { Score } from "./corpora";

// The committed floor: each corpus's figures when it was last written. A later run may not fall more
// than SLACK below a rate, nor raise a count of errors, so a change that helps one event while hurting
// another fails CI. `npm run eval -- --write-floor` rewrites it.
const FILE = "scripts/eval-floor.json";
const SLACK = 0.05;
const RATES = ["mentionRecall", "valueRecall", "pairF1", "contradictionRecall", "singleSourceRight", "familyPairsRight", "entityGroupsRight"];
const COUNTS = ["contradictionFalseAlarms", "boilerplateClaims"];
const floorSchema = z.record(z.string(), z.record(z.string(), z.number()));
type Floor = z.infer<typeof floorSchema>;

export function readFloor(): Floor {
  return fs.existsSync(FILE) ? floorSchema.parse(JSON.parse(fs.readFileSync(FILE, "utf8"))) : {};
}

/** The figures of `score` that fell below the floor of `corpus` (none when the corpus has no floor yet). */
export function checkFloor(floor: Floor, corpus: string, score: Score): string[] {
  const f = floor[corpus];
  if (!f) return [];
  return [
    ...RATES.filter((k) => f[k] !== undefined && (score[k] ?? 0) < f[k]! - SLACK - 1e-9).map((k) => `${k} ${score[k]} < ${f[k]} - ${SLACK}`),
    ...COUNTS.filter((k) => f[k] !== undefined && (score[k] ?? 0) > f[k]!).map((k) => `${k} ${score[k]} > ${f[k]}`),
  ];
}

export function writeFloor(rows: { name: string; score: Score }[]): void {
  const floor: Floor = {};
  for (const r of rows) floor[r.name] = Object.fromEntries([...RATES, ...COUNTS].map((k) => [k, r.score[k] ?? 0]));
  fs.writeFileSync(FILE, `${JSON.stringify(floor, null, 1)}\n`);
  console.log(`wrote ${FILE}`);
}
