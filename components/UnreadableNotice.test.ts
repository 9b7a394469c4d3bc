import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { analyzeReports } from "@/lib/analysis/analyze-reports";
import { buildClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import { toGridData } from "@/lib/matrix/to-grid-data";
import { noteUnreadable } from "@/lib/story-analysis/compute-story-analysis";
import { MatrixGrid } from "./matrix/MatrixGrid";
import { UnreadableNotice } from "./UnreadableNotice";

const report = (id: string, unreadable: string | null = null) => ({
  id,
  label: id.toUpperCase(),
  title: null,
  family: id,
  familyLabel: id,
  publishedAt: null,
  unreadable,
});
const cluster = {
  id: "k1",
  kind: "event",
  summary: "The ferry sank",
  verdict: "single" as const,
  reason: "one source",
  position: 0,
  reportCount: 1,
  independentCount: 1,
  differences: [],
  sides: {},
  claims: [{ id: "c1", key: "a:c1", reportId: "a", kind: "event", text: "The ferry sank", start: 0, end: 14, quantity: null, entityIds: [] }],
};

describe("an unreadable report", () => {
  it("is marked in the matrix header, with why", () => {
    const matrix = toGridData(buildClaimMatrix([report("a"), report("b", "the analysis failed on it (bad input)")], [cluster], {}));
    const html = renderToStaticMarkup(createElement(MatrixGrid, { matrix, storyPath: "/stories/s", query: "" }));
    expect(html.match(/data-testid="unreadable-badge"/g)).toHaveLength(1);
    expect(html).toContain("This report could not be analysed: the analysis failed on it (bad input)");
    expect(matrix.columns.find((c) => c.id === "a")).not.toHaveProperty("unreadable");
  });

  it("says so on its page, the reason escaped", () => {
    const html = renderToStaticMarkup(createElement(UnreadableNotice, { reason: "too large to analyse (<script>)" }));
    expect(html).toContain("This report could not be analysed:</strong> too large to analyse (&lt;script&gt;)");
  });

  it("is left out of the story's analysis with the engine's reason", () => {
    const analysis = analyzeReports([{ id: "a", text: "The ferry sank on Monday, the coast guard said." }]);
    analysis.sources[0]!.unreadable = "the analysis failed on it (x)";
    expect([...noteUnreadable(analysis, new Map([["z", "too large"]]))]).toEqual([
      ["z", "too large"],
      ["a", "the analysis failed on it (x)"],
    ]);
  });
});
