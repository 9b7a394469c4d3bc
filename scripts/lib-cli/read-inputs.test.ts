import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "../../lib/analysis/analyze-reports";
import { readInputs } from "./read-inputs";

const PAGE = `<!doctype html><html><head><title>Storm cuts power in Belmar</title><meta property="og:site_name" content="Coast Daily"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news and more from around the region</a></nav>
<article><h1>Storm cuts power in Belmar</h1>
<p>A storm struck the coast of Belmar on Sunday, killing <b>4</b> people and cutting power to 12,000 homes, officials said.</p>
<p>Governor Lisa Hart said 300 soldiers had been sent to clear roads across the region on Monday, and schools would stay shut.</p>
<p>Forecasters expect calmer weather by Wednesday, when repair crews hope to reach the last villages cut off by fallen trees.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;

describe("readInputs", () => {
  it("reads .html through the web app's article extraction, and claims index the file as read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tri-read-"));
    const file = path.join(dir, "storm.html");
    fs.writeFileSync(file, PAGE);
    try {
      const [input] = readInputs([file]);
      expect(input!.text).toContain("A storm struck the coast of Belmar");
      expect(input!.text).not.toContain("<p>");
      expect(input!.outlet).toBe("Coast Daily");
      const analysis = analyzeReports([input!]);
      const soldiers = analysis.claims.find((c) => c.quantity?.value === 300)!;
      expect(PAGE.slice(soldiers.start, soldiers.end)).toBe(soldiers.text);
      expect(soldiers.text).toContain("300 soldiers");
      expect(analysis.claims.every((c) => PAGE.slice(c.start, c.end) === c.text)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
