import { describe, expect, it } from "vitest";
import { demoSheet } from "./__fixtures__/demo-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";
import { toPdf } from "./to-pdf";

// What each export of the demo story must say, whatever its layout: the contradictions the demo
// was written with (12 dead against 17; Marwood as Mayor against former Mayor) and every
// single-source claim. The snapshots catch changes; these catch a change that loses meaning.
const sheet = demoSheet();
const flat = (text: string) => text.replace(/""/g, '"').replace(/\s+/g, " ");

async function exportsOfSheet(): Promise<Record<string, string>> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await extractText(await getDocumentProxy(new Uint8Array(await toPdf(sheet))), { mergePages: true });
  return { markdown: toMarkdown(sheet), csv: toCsv(sheet), json: JSON.stringify(sheet), pdf: pdf.text };
}

function sidesOf(pattern: RegExp) {
  const item = sheet.groups.contradicted.find((candidate) => candidate.sides?.some((side) => pattern.test(side.words)));
  return item?.sides?.map((side) => side.words) ?? [];
}

describe("the demo story's exports say what the story is about", () => {
  it("has the known contradictions: the death toll (12 against 17) and Marwood's office", () => {
    const toll = sidesOf(/\b17\b/);
    expect(toll.some((words) => /\b12\b/.test(words))).toBe(true);
    const office = sidesOf(/former Mayor/);
    expect(office.length).toBe(2);
    expect(sheet.groups.singleSource.length).toBeGreaterThan(0);
  });

  it("names both sides of each known contradiction and every single-source claim in Markdown, CSV, JSON and PDF", async () => {
    const known = [...sidesOf(/\b17\b/), ...sidesOf(/former Mayor/)];
    for (const [format, text] of Object.entries(await exportsOfSheet())) {
      const body = format === "json" ? text : flat(text);
      for (const words of known) expect(body, `${format}: ${words}`).toContain(format === "json" ? JSON.stringify(words).slice(1, -1) : flat(words));
      for (const item of sheet.groups.singleSource) {
        expect(body, `${format}: single source "${item.summary}"`).toContain(
          format === "json" ? JSON.stringify(item.summary).slice(1, -1) : flat(item.summary),
        );
      }
    }
  });
});
