import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildFactSheet } from "@/lib/export/build-fact-sheet";
import { FactSheetView, SHEET_PAGE_SIZE } from "./FactSheetView";

// A story far past a few hundred claims: the page must come in parts, not as one huge page.
const sheet = buildFactSheet({
  story: { title: "Many claims", slug: "many", eventDate: null },
  baseUrl: "https://factcheck.example.org",
  generatedAt: new Date("2026-01-01T00:00:00Z"),
  filters: {},
  reports: [
    {
      id: "r1",
      outlet: "Weald Gazette",
      title: null,
      url: null,
      publishedAt: null,
      family: "f1",
      familyLabel: "Weald Gazette",
      articleText: "x",
      textVersion: 1,
      versionAt: new Date("2026-01-01T00:00:00Z"),
    },
  ],
  clusters: Array.from({ length: 700 }, (_, index) => ({
    id: `c${index}`,
    kind: "event",
    summary: `claim number ${index}`,
    verdict: "single" as const,
    reason: "one source",
    reportCount: 1,
    independentCount: 1,
    claims: [{ reportId: "r1", text: `claim number ${index}`, start: 0, end: 1 }],
  })),
  reviews: new Map(),
});

const render = (part: number) => renderToStaticMarkup(createElement(FactSheetView, { sheet, part, partHref: (n: number) => `?part=${n}` }));

describe("FactSheetView", () => {
  it("shows a story of 700 claims in parts of 300, with links to the others", () => {
    const first = render(1);
    expect(first.match(/claim number \d+/g)).toHaveLength(SHEET_PAGE_SIZE);
    expect(first).toContain("claim number 0");
    expect(first).not.toContain("claim number 300<");
    expect(first).toContain('href="?part=3"');
    const last = render(3);
    expect(last.match(/claim number \d+/g)).toHaveLength(100);
    expect(last).toContain("claim number 699");
    expect(last).toContain("601–700 here");
  });
});
