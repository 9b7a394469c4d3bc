import { clusterFlag, type ClusterFlag, type ReviewStatus } from "@/lib/review/review-status";
import type { MatrixFilters } from "./matrix-filters";

export type Verdict = "agree" | "contradict" | "single";
export type CellState = "agrees" | "contradicts" | "only" | "silent";

/** `unreadable`: why the analysis could not read the report (it then states nothing in the matrix). */
export type MatrixReport = {
  id: string;
  label: string;
  title: string | null;
  family: string;
  familyLabel: string;
  publishedAt: Date | null;
  unreadable?: string | null;
};
export type MatrixClaimInput = {
  id: string;
  key: string;
  reportId: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  quantity: unknown;
  entityIds: string[];
};
export type MatrixClusterInput = {
  id: string;
  kind: string;
  summary: string;
  verdict: Verdict;
  reason: string;
  position: number;
  reportCount: number;
  independentCount: number;
  differences: unknown;
  claims: MatrixClaimInput[];
  /** As stored: claim key -> "a" | "b", the named claim of `differences` it sides with. */
  sides?: unknown;
  /** The editors' review, found through the cluster's claims; none yet is "unverified". */
  status?: ReviewStatus;
};

export type MatrixCellClaim = { id: string; kind: string; text: string; start: number; end: number; emphasis: [number, number] | null };
/** A report that states the claim; reports that are silent on it have no cell. */
export type MatrixCell = {
  reportId: string;
  state: Exclude<CellState, "silent">;
  claims: MatrixCellClaim[];
  /** In a contradiction, the report on the other side from this one, when the sides are clear. */
  against?: string;
};
export type MatrixRow = Omit<MatrixClusterInput, "claims" | "differences" | "sides"> & {
  cells: MatrixCell[];
  entityIds: string[];
  status: ReviewStatus;
  flag: ClusterFlag | null;
};
export type MatrixFamily = { family: string; label: string; reports: MatrixReport[] };
export type SourceTally = { reportId: string; label: string; agrees: number; contradicts: number; only: number };

export type ClaimMatrix = {
  families: MatrixFamily[];
  columns: MatrixReport[];
  /** The current page of the rows that match the filters. */
  rows: MatrixRow[];
  matchingRows: number;
  page: number;
  pageCount: number;
  pageSize: number;
  totalRows: number;
  counts: Record<Verdict, number>;
  tallies: SourceTally[];
};

const VERDICT_ORDER: Record<Verdict, number> = { contradict: 0, single: 1, agree: 2 };
const STATE_OF: Record<Verdict, MatrixCell["state"]> = { agree: "agrees", contradict: "contradicts", single: "only" };

/**
 * Rows per page: about 450 cells, so a page of a 30-report story stays as cheap to serve as
 * one of a 5-report story (15 rows against 90), whatever the number of claims. The figure
 * comes from the load test: every cell's data travels inside the page.
 */
export function pageSizeFor(columns: number): number {
  return Math.min(100, Math.max(15, Math.round(450 / Math.max(1, columns))));
}

/** Everything about a story's matrix that does not depend on the filters: worth caching. */
export type PreparedMatrix = Pick<ClaimMatrix, "families" | "columns" | "totalRows" | "counts" | "tallies"> & { allRows: MatrixRow[] };

/**
 * Lays a story's clusters out as rows against its reports, grouped by source family so a
 * relay sits beside its original. Pure, so the page, the data route and tests share it.
 */
export function prepareClaimMatrix(reports: MatrixReport[], clusters: MatrixClusterInput[]): PreparedMatrix {
  const families = groupFamilies(reports);
  const columns = families.flatMap((family) => family.reports);
  const allRows = clusters
    .map(toRow)
    .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.independentCount - a.independentCount || a.position - b.position);
  const counts = { agree: 0, contradict: 0, single: 0 };
  for (const row of allRows) counts[row.verdict]++;
  return { families, columns, allRows, totalRows: allRows.length, counts, tallies: tally(columns, allRows) };
}

/** The rows matching the filters, one page of them. */
export function viewClaimMatrix(prepared: PreparedMatrix, filters: MatrixFilters, pageSize = pageSizeFor(prepared.columns.length)): ClaimMatrix {
  const { allRows, ...rest } = prepared;
  const matching = allRows.filter((row) => matches(row, filters));
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(filters.page ?? 1, pageCount);
  return { ...rest, rows: matching.slice((page - 1) * pageSize, page * pageSize), matchingRows: matching.length, page, pageCount, pageSize };
}

export function buildClaimMatrix(reports: MatrixReport[], clusters: MatrixClusterInput[], filters: MatrixFilters, pageSize?: number): ClaimMatrix {
  return viewClaimMatrix(prepareClaimMatrix(reports, clusters), filters, pageSize);
}

function groupFamilies(reports: MatrixReport[]): MatrixFamily[] {
  const byFamily = new Map<string, MatrixFamily>();
  for (const report of reports) {
    const family = byFamily.get(report.family) ?? { family: report.family, label: report.familyLabel, reports: [] };
    family.reports.push(report);
    byFamily.set(report.family, family);
  }
  // Bigger families first: a story relayed three times is the one to notice.
  return [...byFamily.values()].sort((a, b) => b.reports.length - a.reports.length);
}

function toRow(cluster: MatrixClusterInput): MatrixRow {
  const differing = differingWords(cluster.differences);
  const opponent = opponents(cluster);
  const byReport = new Map<string, MatrixCell>();
  for (const claim of cluster.claims) {
    const cell: MatrixCell = byReport.get(claim.reportId) ?? { reportId: claim.reportId, state: STATE_OF[cluster.verdict], claims: [] };
    const against = opponent.get(claim.key);
    if (cell.claims.length === 0 && against && against !== claim.reportId) cell.against = against;
    const { id, kind, text, start, end } = claim;
    cell.claims.push({ id, kind, text, start, end, emphasis: findEmphasis(claim, differing.get(claim.key)) });
    byReport.set(claim.reportId, cell);
  }
  const cells = [...byReport.values()];
  const { claims, differences: _differences, sides: _sides, ...rest } = cluster;
  return {
    ...rest,
    cells,
    entityIds: [...new Set(claims.flatMap((claim) => claim.entityIds))],
    status: cluster.status ?? "unverified",
    flag: clusterFlag(cluster),
  };
}

/** Claim key -> the report it stands against: the named claim on the other side. */
function opponents(cluster: MatrixClusterInput): Map<string, string> {
  const result = new Map<string, string>();
  const named = Array.isArray(cluster.differences) ? cluster.differences : [];
  const sourceOf = (item: unknown) => (item && typeof item === "object" && "sourceId" in item && typeof item.sourceId === "string" ? item.sourceId : null);
  const [a, b] = [sourceOf(named[0]), sourceOf(named[1])];
  if (cluster.verdict !== "contradict" || !a || !b || !cluster.sides || typeof cluster.sides !== "object") return result;
  for (const [key, side] of Object.entries(cluster.sides)) {
    if (side === "a") result.set(key, b);
    else if (side === "b") result.set(key, a);
  }
  return result;
}

function differingWords(differences: unknown): Map<string, string> {
  const words = new Map<string, string>();
  if (!Array.isArray(differences)) return words;
  for (const item of differences) {
    if (item && typeof item.claimId === "string" && typeof item.words === "string") words.set(item.claimId, item.words);
  }
  return words;
}

// A count in figures or in words ("12", "nearly 3,000", "Twelve", "two dozen"), with its hedge.
const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)";
const NUMBER_PHRASE = new RegExp(
  `\\b(?:(?:nearly|almost|around|about|roughly|some|over|under|at least|at most|more than|fewer than|less than|up to|as many as)\\s+)?` +
    `(?:\\d[\\d,.]*(?:-\\w+)?|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*\\b)`,
  "i",
);

/** The words to stress in a cell: what differs from other reports, else the claim's number. */
export function findEmphasis(claim: Pick<MatrixClaimInput, "text" | "quantity">, differing?: string): [number, number] | null {
  if (differing) {
    const at = claim.text.toLowerCase().indexOf(differing.toLowerCase());
    if (at >= 0) return [at, at + differing.length];
  }
  if (claim.quantity) {
    const match = NUMBER_PHRASE.exec(claim.text);
    if (match) return [match.index, match.index + match[0].length];
  }
  return null;
}

function matches(row: MatrixRow, filters: MatrixFilters): boolean {
  if (filters.verdict && row.verdict !== filters.verdict) return false;
  if (filters.kind && row.kind !== filters.kind) return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.entity && !row.entityIds.includes(filters.entity)) return false;
  if (filters.source && !row.cells.some((cell) => cell.reportId === filters.source)) return false;
  if (filters.q) {
    const needle = filters.q.toLowerCase();
    const haystack = [row.summary, row.reason, ...row.cells.flatMap((cell) => cell.claims.map((claim) => claim.text))];
    if (!haystack.some((text) => text.toLowerCase().includes(needle))) return false;
  }
  return true;
}

function tally(columns: MatrixReport[], rows: MatrixRow[]): SourceTally[] {
  const byReport = new Map(columns.map((report) => [report.id, { reportId: report.id, label: report.label, agrees: 0, contradicts: 0, only: 0 }]));
  for (const row of rows) {
    for (const cell of row.cells) {
      const result = byReport.get(cell.reportId);
      if (!result) continue;
      if (cell.state === "agrees") result.agrees++;
      else if (cell.state === "contradicts") result.contradicts++;
      else result.only++;
    }
  }
  return [...byReport.values()];
}
