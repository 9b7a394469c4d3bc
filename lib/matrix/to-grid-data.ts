import type { ClaimMatrix, MatrixCellClaim, MatrixRow } from "./build-claim-matrix";

const MAX_CHARS = 180;

export type GridClaim = Pick<MatrixCellClaim, "id" | "text" | "emphasis">;
/** `col` is the cell's index in `columns`: a number instead of a report id on every cell. */
/** `against`: in a contradiction, the column of the report on the other side, when known. */
export type GridCell = { col: number; state: MatrixRow["cells"][number]["state"]; claim: GridClaim; mentions: number; against: number | null };
export type GridRow = Pick<MatrixRow, "id" | "kind" | "summary" | "verdict" | "reason" | "reportCount" | "independentCount" | "status" | "flag"> & {
  cells: GridCell[];
};
export type GridData = {
  families: { family: string; label: string; size: number }[];
  /** `unreadable`: set (to why) on a report the analysis could not read */
  columns: { id: string; label: string; title: string | null; unreadable?: string }[];
  rows: GridRow[];
  matchingRows: number;
  totalRows: number;
};

/**
 * GridData on the wire: the row headers and the cells as two JSON strings, typed so that only
 * serializeGridData can make one. The server renders its outline from `head` alone; `cells`,
 * four fifths of the bytes, is parsed only in the browser.
 */
export type GridJson = { head: string; cells: string } & { readonly __grid: true };
export type GridHead = Omit<GridData, "rows"> & { rows: Omit<GridRow, "cells">[] };

/**
 * What the browser needs to draw one page of the matrix, and no more: the page's data travels
 * inside the HTML, so every field here is paid for on every request.
 */
export function toGridData(matrix: Pick<ClaimMatrix, "families" | "columns" | "rows" | "matchingRows" | "totalRows">): GridData {
  const colOf = new Map(matrix.columns.map((column, index) => [column.id, index]));
  return {
    families: matrix.families.map((family) => ({ family: family.family, label: family.label, size: family.reports.length })),
    columns: matrix.columns.map(({ id, label, title, unreadable }) => ({ id, label, title, ...(unreadable ? { unreadable } : {}) })),
    rows: matrix.rows.map(({ id, kind, summary, verdict, reason, reportCount, independentCount, status, flag, cells }) => ({
      id,
      kind,
      summary,
      verdict,
      reason,
      reportCount,
      independentCount,
      status,
      flag,
      cells: cells.map((cell) => ({
        col: colOf.get(cell.reportId)!,
        state: cell.state,
        claim: shorten(cell.claims[0]!),
        mentions: cell.claims.length,
        against: cell.against === undefined ? null : (colOf.get(cell.against) ?? null),
      })),
    })),
    matchingRows: matrix.matchingRows,
    totalRows: matrix.totalRows,
  };
}

// A cell as a tuple: [col, state, claim id, text, mentions, against (-1: none), emphasis start?, end?].
// Repeating the key names on each of some 400 cells was a third of a page's grid data.
type WireCell = [number, number, string, string, number, number] | [number, number, string, string, number, number, number, number];
const STATES = ["agrees", "contradicts", "only"] as const satisfies readonly GridCell["state"][];

/**
 * The page hands the grid to the browser as JSON strings rather than as props: React
 * serializes and revives a nested object value by value, while a string crosses as one chunk
 * and JSON.parse reads it natively.
 */
export function serializeGridData(data: GridData): GridJson {
  const { rows, ...rest } = data;
  const head = { ...rest, rows: rows.map(({ cells: _cells, ...row }) => row) };
  const cells = rows.map((row) => row.cells.map(toWireCell));
  return { head: JSON.stringify(head), cells: JSON.stringify(cells) } as GridJson;
}

export function parseGridHead(json: GridJson): GridHead {
  return JSON.parse(json.head) as GridHead;
}

export function parseGridData(json: GridJson): GridData {
  const head = parseGridHead(json);
  const cells = JSON.parse(json.cells) as WireCell[][];
  return { ...head, rows: head.rows.map((row, index) => ({ ...row, cells: (cells[index] ?? []).map(fromWireCell) })) };
}

// Filtered views are cached (lib/stories/get-claim-matrix.ts), so a page's rows array is the
// same object on every request for it until the story changes: its JSON is made once.
const serialized = new WeakMap<readonly unknown[], GridJson>();

/** serializeGridData(toGridData(view)), remembered for as long as the view itself is kept. */
export function gridJsonOf(view: Parameters<typeof toGridData>[0]): GridJson {
  const known = serialized.get(view.rows);
  if (known) return known;
  const json = serializeGridData(toGridData(view));
  serialized.set(view.rows, json);
  return json;
}

function toWireCell({ col, state, claim, mentions, against }: GridCell): WireCell {
  const at = STATES.indexOf(state);
  const vs = against ?? -1;
  return claim.emphasis ? [col, at, claim.id, claim.text, mentions, vs, claim.emphasis[0], claim.emphasis[1]] : [col, at, claim.id, claim.text, mentions, vs];
}

function fromWireCell([col, state, id, text, mentions, vs, from, to]: WireCell): GridCell {
  const emphasis: [number, number] | null = from === undefined || to === undefined ? null : [from, to];
  return { col, state: STATES[state] ?? "only", claim: { id, text, emphasis }, mentions, against: vs >= 0 ? vs : null };
}

/** Cuts a long claim to a window around its stressed words, marking the cuts with ellipses. */
export function shorten(claim: MatrixCellClaim): GridClaim {
  const { id, text, emphasis } = claim;
  if (text.length <= MAX_CHARS) return { id, text, emphasis };
  const centre = emphasis ? Math.floor((emphasis[0] + emphasis[1]) / 2) : 0;
  const start = Math.max(0, Math.min(centre - MAX_CHARS / 2, text.length - MAX_CHARS));
  const end = start + MAX_CHARS;
  const lead = start > 0 ? "…" : "";
  const shift = lead.length - start;
  const kept = emphasis && emphasis[0] >= start && emphasis[1] <= end ? ([emphasis[0] + shift, emphasis[1] + shift] as [number, number]) : null;
  return { id, text: `${lead}${text.slice(start, end)}${end < text.length ? "…" : ""}`, emphasis: kept };
}
