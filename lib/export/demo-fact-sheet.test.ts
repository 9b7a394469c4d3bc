import { describe, expect, it } from "vitest";
import { demoSheet } from "./__fixtures__/demo-sheet";
import { toCsv } from "./to-csv";
import { toMarkdown } from "./to-markdown";

describe("the demo story's fact sheet", () => {
  const sheet = demoSheet();

  it("has contradictions and agreements to show", () => {
    expect(sheet.groups.contradicted.length).toBeGreaterThan(0);
    expect(sheet.groups.confirmed.length).toBeGreaterThan(0);
  });

  it("groups the death toll's contradiction by side: four reports against one", () => {
    const toll = sheet.groups.contradicted.find((item) => item.sides?.some((side) => /17/.test(side.words)));
    expect(toll?.sides?.map((side) => side.reportIds.length).sort()).toEqual([1, 4]);
    expect(toMarkdown(sheet)).toMatch(/4 reports say “[^”]*12[^”]*” \(.*\)\n- 1 report says “17 people died” \(Coastline Today\)/);
  });

  it("counts every claim as not yet reviewed when no editor has reviewed any", () => {
    const total = Object.values(sheet.groups).reduce((sum, items) => sum + items.length, 0);
    expect(sheet.counts).toEqual({ claims: total, reviewed: 0, notReviewed: total, dismissed: 0 });
    expect(toMarkdown(sheet)).toContain(`${total} claims: `);
    expect(toMarkdown(sheet)).not.toMatch(/chars \d+–\d+/);
  });

  it("matches its Markdown snapshot", () => {
    expect(toMarkdown(sheet)).toMatchSnapshot();
  });

  it("matches its CSV snapshot", () => {
    expect(toCsv(sheet)).toMatchSnapshot();
  });

  it("matches its JSON snapshot", () => {
    expect(JSON.stringify(sheet, null, 2)).toMatchSnapshot();
  });
});
