import type { ClaimMatrix, MatrixCellClaim, MatrixRow } from "./build-claim-matrix";

const MAX_CHARS = 180;

export type GridClaim = Pick<MatrixCellClaim, "id" | "text" | "emphasis">;
/** `col` is the cell's index in `columns`: a number instead of a report id on every cell. */
export type GridCell = { col: number; state: MatrixRow["cells"][number]["state"]; claim: GridClaim; mentions: number };
export type GridRow = Pick<MatrixRow, "id" | "kind" | "summary" | "verdict" | "reason" | "reportCount" | "independentCount" | "status" | "flag"> & { cells: GridCell[] };
export type GridData = {
  families: { family: string; label: string; size: number }[];
  columns: { id: string; label: string; title: string | null }[];
  rows: GridRow[];
  matchingRows: number;
  totalRows: number;
};

/** GridData as JSON text, typed so that only serializeGridData can make one. */
export type GridJson = string & { readonly __grid: true };

/**
 * What the browser needs to draw one page of the matrix, and no more: the page's data travels
 * inside the HTML, so every field here is paid for on every request.
 */
export function toGridData(matrix: Pick<ClaimMatrix, "families" | "columns" | "rows" | "matchingRows" | "totalRows">): GridData {
  const colOf = new Map(matrix.columns.map((column, index) => [column.id, index]));
  return {
    families: matrix.families.map((family) => ({ family: family.family, label: family.label, size: family.reports.length })),
    columns: matrix.columns.map(({ id, label, title }) => ({ id, label, title })),
    rows: matrix.rows.map(({ id, kind, summary, verdict, reason, reportCount, independentCount, status, flag, cells }) => ({
      id, kind, summary, verdict, reason, reportCount, independentCount, status, flag,
      cells: cells.map((cell) => ({ col: colOf.get(cell.reportId)!, state: cell.state, claim: shorten(cell.claims[0]!), mentions: cell.claims.length })),
    })),
    matchingRows: matrix.matchingRows,
    totalRows: matrix.totalRows,
  };
}

/**
 * The page hands the grid to the browser as one JSON string rather than as props: React
 * serializes and revives a nested object value by value, while a string crosses as one chunk
 * and JSON.parse reads it natively. On a 30-report page that is a tenth of the server's work.
 */
export function serializeGridData(data: GridData): GridJson {
  return JSON.stringify(data) as GridJson;
}

export function parseGridData(json: GridJson): GridData {
  return JSON.parse(json) as GridData;
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
