import { describe, expect, it } from "vitest";
import { gridJsonOf, parseGridData, parseGridHead, serializeGridData, shorten, toGridData } from "./to-grid-data";

describe("shorten", () => {
  it("leaves short claims alone", () => {
    expect(shorten({ id: "a", kind: "quantity", text: "12 dead", start: 0, end: 7, emphasis: [0, 2] })).toEqual({ id: "a", text: "12 dead", emphasis: [0, 2] });
  });

  it("keeps a window around the stressed words and moves the stress with it", () => {
    const text = `${"word ".repeat(60)}17 people died${" tail".repeat(40)}`;
    const at = text.indexOf("17 people");
    const short = shorten({ id: "b", kind: "quantity", text, start: 0, end: text.length, emphasis: [at, at + 9] });
    expect(short.text.startsWith("…")).toBe(true);
    expect(short.text.endsWith("…")).toBe(true);
    expect(short.text.slice(short.emphasis![0], short.emphasis![1])).toBe("17 people");
    expect(short.text.length).toBeLessThanOrEqual(182);
  });
});

describe("toGridData", () => {
  const report = (id: string) => ({ id, label: id.toUpperCase(), title: null, family: id, familyLabel: id, publishedAt: null });
  const claim = (id: string) => ({ id, kind: "quantity" as const, text: `claim ${id}`, start: 0, end: 7, emphasis: null });
  const matrix = {
    families: [
      { family: "b", label: "B", reports: [report("b")] },
      { family: "a", label: "A", reports: [report("a")] },
    ],
    columns: [report("b"), report("a")],
    rows: [
      {
        id: "r1",
        kind: "quantity",
        summary: "s",
        verdict: "agree",
        reason: "r",
        reportCount: 2,
        independentCount: 2,
        status: "unverified",
        flag: null,
        cells: [
          { reportId: "a", state: "agrees", claims: [claim("x"), claim("y")] },
          { reportId: "b", state: "agrees", claims: [{ ...claim("z"), emphasis: [6, 7] }] },
        ],
      },
    ],
    matchingRows: 1,
    totalRows: 1,
  } as unknown as Parameters<typeof toGridData>[0];

  it("points each cell at its column by index and counts the report's mentions", () => {
    const grid = toGridData(matrix);
    expect(grid.rows[0]!.cells.map((cell) => [cell.col, cell.claim.id, cell.mentions])).toEqual([
      [1, "x", 2],
      [0, "z", 1],
    ]);
    expect(grid.columns.map((column) => column.id)).toEqual(["b", "a"]);
  });

  it("survives the trip through its JSON form unchanged, emphasis or none", () => {
    const grid = toGridData(matrix);
    const disputed = toGridData({
      ...matrix,
      rows: matrix.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, against: cell.reportId === "a" ? "b" : "a" })) })),
    });
    expect(disputed.rows[0]!.cells.map((cell) => cell.against)).toEqual([0, 1]);
    expect(parseGridData(serializeGridData(disputed))).toEqual(disputed);
    expect(grid.rows[0]!.cells.map((cell) => cell.claim.emphasis)).toEqual([null, [6, 7]]);
    expect(parseGridData(serializeGridData(grid))).toEqual(grid);
  });

  it("keeps the row headers apart from the cells, which go as tuples without key names", () => {
    const json = serializeGridData(toGridData(matrix));
    expect(parseGridHead(json).rows).toEqual([expect.not.objectContaining({ cells: expect.anything() })]);
    expect(parseGridHead(json).rows[0]!.summary).toBe("s");
    expect(JSON.parse(json.cells)).toEqual([
      [
        [1, 0, "x", "claim x", 2, -1],
        [0, 0, "z", "claim z", 1, -1, 6, 7],
      ],
    ]);
  });

  it("serializes a view once, and a different view afresh", () => {
    const first = gridJsonOf(matrix);
    expect(gridJsonOf(matrix)).toBe(first);
    expect(gridJsonOf({ ...matrix })).toBe(first);
    const other = gridJsonOf({ ...matrix, rows: [] });
    expect(other).not.toBe(first);
    expect(parseGridData(other).rows).toEqual([]);
  });
});
