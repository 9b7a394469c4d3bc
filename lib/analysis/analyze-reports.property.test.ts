import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "./analyze-reports";
import { analysisSchema } from "./types";

// Pieces real pages are made of, and pieces no page should contain: the analysis must return an
// analysis for any mix of them. Fixed seed so a failure is reproducible; few runs so `npm test` stays fast.
const SEED = 20261202;
const RUNS = 40;

const words = fc.constantFrom(
  "The",
  "fire",
  "killed",
  "12",
  "people",
  "on",
  "Monday,",
  "police",
  "said.",
  "Mayor",
  "Ana",
  "Ruiz",
  '"We',
  "are",
  'safe"',
  "1.2",
  "million",
  "$9bn",
  "half",
  "a",
  "in",
  "Lyon",
  "(against",
  "23,000)",
  "6.8",
  "km",
  "at",
  "7.30am",
  "GMT",
  "Ive",
  "Jony",
  "Apple's",
  "US",
  "'s",
  "—",
  "|",
  "Also",
  "Read",
);
const sentence = fc.array(words, { minLength: 1, maxLength: 20 }).map((ws) => ws.join(" "));
const punctuation = fc.string({ unit: fc.constantFrom(..."!?.,;:'\"“”‘’«»()[]{}<>|/\\-–—_*#@&%$€£¥…•·~`^=+"), maxLength: 60 });
const markup = fc.constantFrom(
  "<p>",
  "</p>",
  '<div class="x">',
  "</div>",
  "<script>var a = '<p>';</script>",
  '<a href="/x">Read more</a>',
  "<br>",
  "&amp;",
  "&nbsp;",
  "&#x1F600;",
  "# Heading",
  "## ",
  "- item",
  "* ",
  "> quote",
  "[link](http://x.y)",
  "![img](a.png)",
  "```",
  "**bold**",
  "| a | b |",
  "---",
);
const mixedScripts = fc.constantFrom(
  "Москва заявила",
  "東京で地震",
  "بيروت",
  "עיר",
  "Ελλάδα",
  "서울 공항",
  "हिंदी",
  "Çağrı Şahin",
  "naïve café",
  "🔥🚒",
  "\u200b\u200d\ufeff",
  "\u0301\u0308",
  "\ud800",
  "\r\n",
  "\t",
);
const openQuote = fc.constantFrom('"He said', "“Never", "‘it was", "«Non", "(unclosed", '"', "“");
const longRun = fc.integer({ min: 100, max: 5000 }).chain((n) => fc.constantFrom("a", "=", "Q", "9", ".").map((c) => c.repeat(n)));
const longLine = fc.array(sentence, { minLength: 20, maxLength: 60 }).map((ss) => ss.join(" "));
const anyUnicode = fc.string({ unit: "binary", maxLength: 80 });

const piece = fc.oneof(sentence, sentence, punctuation, markup, mixedScripts, openQuote, longRun, longLine, anyUnicode);
const separator = fc.constantFrom(" ", "\n", "\n\n", "", "\r\n", " | ");
const report = fc.array(fc.tuple(piece, separator), { maxLength: 25 }).map((parts) => parts.map(([p, s]) => p + s).join(""));

describe("analyzeReports on any text", () => {
  it("never throws and always returns a well-formed analysis", () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 3 }), (texts) => {
        const analysis = analyzeReports(texts.map((text, i) => ({ id: `r${i}`, text })));
        expect(analysisSchema.safeParse(analysis).success).toBe(true);
        for (const c of analysis.claims) {
          const raw = texts[Number(c.sourceId.slice(1))]!;
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(raw.length);
          expect(c.text).toBe(raw.slice(c.start, c.end));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("reads the line that used to crash the parser (a word wink gives no lemma)", () => {
    const text = '- 05: "Also Read | Apple\'s brain drain hinders efforts to pick its next Jony Ive".\n';
    expect(() => analyzeReports([{ id: "a", text }])).not.toThrow();
  });

  it("keeps a page with a huge base64 image fast and its figures found", () => {
    const image = `data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUg".repeat(5000)}`;
    const text = `Flood Leaves Town Cut Off\n\n${image}\n\nFloodwater cut off 3,000 homes in the valley on Sunday, the council said.`;
    const t0 = performance.now();
    const analysis = analyzeReports([{ id: "a", text }]);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(analysis.claims.some((c) => c.quantity?.value === 3000)).toBe(true);
    expect(analysis.claims.every((c) => !c.text.includes("base64"))).toBe(true);
  });
});
