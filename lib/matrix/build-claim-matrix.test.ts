import { describe, expect, it } from "vitest";
import { buildClaimMatrix, findEmphasis, pageSizeFor, type MatrixClusterInput, type MatrixReport } from "./build-claim-matrix";
import { parseMatrixFilters, toQueryString } from "./matrix-filters";

const report = (id: string, label: string, family: string): MatrixReport => ({ id, label, title: null, family, familyLabel: family, publishedAt: null });
const REPORTS = [report("r1", "Gazette", "own-1"), report("r2", "Wire", "wire"), report("r3", "Relay", "wire"), report("r4", "Herald", "own-4")];

const claim = (id: string, reportId: string, text: string, extra: Partial<MatrixClusterInput["claims"][number]> = {}) => ({
  id,
  key: `k-${id}`,
  reportId,
  kind: "quantity",
  text,
  start: 0,
  end: text.length,
  quantity: null,
  entityIds: [],
  ...extra,
});

const CLUSTERS: MatrixClusterInput[] = [
  {
    id: "agree",
    kind: "quantity",
    summary: "about 30 boats joined the search",
    verdict: "agree",
    reason: "3 reports agree",
    position: 0,
    reportCount: 3,
    independentCount: 2,
    differences: [],
    claims: [
      claim("a1", "r1", "about 30 boats", { quantity: { value: 30 } }),
      claim("a2", "r2", "nearly 30 boats", { quantity: { value: 30 } }),
      claim("a3", "r3", "nearly 30 boats"),
    ],
  },
  {
    id: "clash",
    kind: "quantity",
    summary: "dead",
    verdict: "contradict",
    reason: "12 vs 17",
    position: 1,
    reportCount: 3,
    independentCount: 3,
    differences: [
      { sourceId: "r1", claimId: "k-c1", words: "12" },
      { sourceId: "r4", claimId: "k-c4", words: "17" },
    ],
    sides: { "k-c1": "a", "k-c4": "b", "k-c2": "a" },
    claims: [claim("c1", "r1", "12 people died", { entityIds: ["e-town"] }), claim("c2", "r3", "twelve dead"), claim("c4", "r4", "17 people died")],
  },
  {
    id: "lone",
    kind: "quote",
    summary: "captain's words",
    verdict: "single",
    reason: "only the Herald",
    position: 2,
    reportCount: 1,
    independentCount: 1,
    differences: [],
    claims: [claim("s4", "r4", "“We did everything we could,” the captain said", { kind: "quote" })],
  },
];

describe("buildClaimMatrix", () => {
  const matrix = buildClaimMatrix(REPORTS, CLUSTERS, {});

  it("groups reports by family, the largest family first", () => {
    expect(matrix.families.map((family) => family.family)).toEqual(["wire", "own-1", "own-4"]);
    expect(matrix.columns.map((column) => column.id)).toEqual(["r2", "r3", "r1", "r4"]);
  });

  it("puts contradictions first, then single-source claims, then agreements", () => {
    expect(matrix.rows.map((row) => row.id)).toEqual(["clash", "lone", "agree"]);
    expect(matrix.counts).toEqual({ agree: 1, contradict: 1, single: 1 });
  });

  it("marks each cell agrees, contradicts, only source or silent", () => {
    const states = (id: string) => {
      const row = matrix.rows.find((item) => item.id === id)!;
      return matrix.columns.map((column) => row.cells.find((cell) => cell.reportId === column.id)?.state ?? "silent");
    };
    expect(states("clash")).toEqual(["silent", "contradicts", "contradicts", "contradicts"]);
    expect(states("lone")).toEqual(["silent", "silent", "silent", "only"]);
    expect(states("agree")).toEqual(["agrees", "agrees", "agrees", "silent"]);
  });

  it("names, in a contradiction, the report on the other side from each cell", () => {
    const clash = matrix.rows.find((row) => row.id === "clash")!;
    expect(Object.fromEntries(clash.cells.map((cell) => [cell.reportId, cell.against]))).toEqual({ r1: "r4", r3: "r4", r4: "r1" });
    const unsided = buildClaimMatrix(
      REPORTS,
      CLUSTERS.map((cluster) => ({ ...cluster, sides: undefined })),
      {},
    );
    expect(unsided.rows[0]!.cells.every((cell) => cell.against === undefined)).toBe(true);
  });

  it("stresses the differing words, else the number", () => {
    const clash = matrix.rows.find((row) => row.id === "clash")!;
    expect(clash.cells.find((cell) => cell.reportId === "r4")!.claims[0]!.emphasis).toEqual([0, 2]);
    expect(findEmphasis({ text: "about 30 boats", quantity: { value: 30 } })).toEqual([0, 8]);
    expect(findEmphasis({ text: "the captain said", quantity: null })).toBeNull();
    expect(findEmphasis({ text: "Twelve people are confirmed dead", quantity: { value: 12 } })).toEqual([0, 6]);
    expect(findEmphasis({ text: "some two dozen boats", quantity: { value: 24 } })).toEqual([0, 14]);
    expect(findEmphasis({ text: "someone counted boats", quantity: { value: 3 } })).toBeNull();
  });

  it("counts, per source, how often it agrees with and contradicts the others", () => {
    const herald = matrix.tallies.find((item) => item.reportId === "r4")!;
    expect(herald).toMatchObject({ agrees: 0, contradicts: 1, only: 1 });
  });

  it("filters by verdict, kind, entity, source and text, keeping the totals", () => {
    const ids = (filters: Parameters<typeof buildClaimMatrix>[2]) => buildClaimMatrix(REPORTS, CLUSTERS, filters).rows.map((row) => row.id);
    expect(ids({ verdict: "agree" })).toEqual(["agree"]);
    expect(ids({ kind: "quote" })).toEqual(["lone"]);
    expect(ids({ entity: "e-town" })).toEqual(["clash"]);
    expect(ids({ source: "r2" })).toEqual(["agree"]);
    expect(ids({ q: "CAPTAIN" })).toEqual(["lone"]);
    expect(buildClaimMatrix(REPORTS, CLUSTERS, { verdict: "agree" }).totalRows).toBe(3);
  });
});

describe("paging", () => {
  it("cuts the matching rows into pages and clamps a page past the end", () => {
    const second = buildClaimMatrix(REPORTS, CLUSTERS, { page: 2 }, 2);
    expect(second.rows.map((row) => row.id)).toEqual(["agree"]);
    expect(second).toMatchObject({ page: 2, pageCount: 2, matchingRows: 3, totalRows: 3 });
    expect(buildClaimMatrix(REPORTS, CLUSTERS, { page: 9 }, 2).page).toBe(2);
    expect([pageSizeFor(5), pageSizeFor(30), pageSizeFor(200)]).toEqual([90, 15, 15]);
  });
});

describe("matrix filters in the URL", () => {
  it("keeps valid filters and drops invalid ones one by one", () => {
    const filters = parseMatrixFilters({ verdict: "contradict", kind: "nonsense", q: "  ferry ", source: "not-a-uuid", page: "3" });
    expect(filters).toMatchObject({ verdict: "contradict", kind: undefined, entity: undefined, source: undefined, q: "ferry", page: 3 });
    expect(toQueryString(filters)).toBe("?verdict=contradict&q=ferry&page=3");
    expect(parseMatrixFilters({ page: "-1" }).page).toBeUndefined();
    expect(toQueryString({ page: 1 })).toBe("");
    expect(toQueryString({})).toBe("");
  });
});

describe("review status and flags in the matrix", () => {
  const reviewed = CLUSTERS.map((cluster) => (cluster.id === "clash" ? { ...cluster, status: "disputed" as const } : cluster));

  it("carries each row's status (unverified when nobody reviewed it) and its automatic flag", () => {
    const rows = buildClaimMatrix(REPORTS, reviewed, {}).rows;
    expect(rows.map((row) => [row.id, row.status, row.flag])).toEqual([
      ["clash", "disputed", "contradicted"],
      ["lone", "unverified", "single_source"],
      ["agree", "unverified", null],
    ]);
  });

  it("filters by status", () => {
    expect(buildClaimMatrix(REPORTS, reviewed, { status: "disputed" }).rows.map((row) => row.id)).toEqual(["clash"]);
    expect(buildClaimMatrix(REPORTS, reviewed, { status: "unverified" }).rows.map((row) => row.id)).toEqual(["lone", "agree"]);
    expect(parseMatrixFilters({ status: "needs_source" }).status).toBe("needs_source");
    expect(parseMatrixFilters({ status: "bogus" }).status).toBeUndefined();
  });
});
