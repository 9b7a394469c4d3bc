import fs from "node:fs";
import path from "node:path";
import type { ReportInput } from "../../lib/analysis/types";

const REPORT_EXT = /\.(?:txt|md|html?)$/i;

/** Report files named on the command line; directories give their *.txt, *.md and *.html files. */
export function readInputs(args: string[]): ReportInput[] {
  const files: string[] = [];
  for (const a of args) {
    const stat = fs.statSync(a);
    if (stat.isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) if (REPORT_EXT.test(f) && !/^readme/i.test(f)) files.push(path.join(a, f));
    } else files.push(a);
  }
  return files.map((file) => ({ id: idFor(file), file, text: readReport(file) }));
}

function readReport(file: string): string {
  // Offsets must index the text exactly as read, so HTML is passed through as received.
  return fs.readFileSync(file, "utf8");
}

function idFor(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "-");
}
