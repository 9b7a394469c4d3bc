import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * A fingerprint of the analysis engine's source. Stored with each story's analysis, it tells
 * `npm start` which stories were analysed by an older engine and need analysing again.
 */
export function fingerprintAnalysis(dir = path.resolve(import.meta.dirname, "analysis")): string {
  const hash = createHash("sha256");
  for (const file of sourceFiles(dir)) hash.update(path.relative(dir, file)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(full);
      return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
    })
    .sort();
}
