import Link from "next/link";
import { FlagBadge } from "@/components/review/FlagBadge";
import { StatusBadge } from "@/components/review/StatusBadge";
import type { GridCell, GridData, GridRow } from "@/lib/matrix/to-grid-data";
import { plural } from "@/lib/format";
import { SETTLED_STATUSES } from "@/lib/review/review-status";
import { MatrixCellView } from "./MatrixCellView";
import { MatrixKeyboardNav } from "./MatrixKeyboardNav";
import { VerdictBadge } from "./VerdictBadge";
import { kindLabel } from "@/lib/ui-vocabulary";
import { UnreadableBadge } from "@/components/UnreadableNotice";

export type MatrixGridProps = {
  matrix: GridData;
  storyPath: string;
  query: string;
  updates?: Record<string, string>;
};

/** Up to this many reports the columns share the page's width; beyond it the table scrolls. */
export const MAX_FITTING_COLUMNS = 8;

/**
 * The matrix as one table of fixed, equal report columns. Up to eight reports it fits the
 * width of a laptop screen and its header sticks to the window; past that it scrolls inside
 * one box, both ways, its header and claim column sticky. On narrow screens CSS turns each row
 * into a card listing only the reports that state the claim, so phones and laptops share one
 * markup.
 */
export function MatrixGrid({ matrix, storyPath, query, updates }: MatrixGridProps) {
  const { families, columns, rows } = matrix;
  const wide = columns.length > MAX_FITTING_COLUMNS;
  return (
    <MatrixKeyboardNav label="Claim matrix table (arrow keys move between cells)">
      <div
        id="matrix-grid"
        tabIndex={-1}
        data-wide={wide || undefined}
        className={`outline-none md:rounded-lg md:border md:border-stone-200 md:bg-white md:shadow-sm ${wide ? "md:max-h-[calc(100vh-1rem)] md:overflow-auto" : ""}`}
      >
        <table
          style={{ "--mx-cols": columns.length } as React.CSSProperties}
          className={`border-separate border-spacing-0 text-left text-sm max-md:block md:table-fixed ${wide ? "md:w-[calc(16rem+var(--mx-cols)*11rem)]" : "md:w-full"}`}
        >
          <thead className="max-md:hidden">
            <tr>
              <th
                scope="col"
                rowSpan={2}
                className="sticky left-0 top-0 z-30 w-64 border-b border-r border-stone-200 bg-stone-50 px-3 py-2 align-bottom text-xs font-semibold uppercase tracking-wide text-stone-700"
              >
                Claim ({matrix.matchingRows} of {matrix.totalRows})
              </th>
              {families.map((family) => (
                <th
                  key={family.family}
                  scope="colgroup"
                  colSpan={family.size}
                  className="sticky top-0 z-20 h-[3.25rem] border-b border-l border-stone-200 bg-stone-100 px-2 py-1.5 text-xs font-semibold text-stone-800"
                >
                  <span className="block truncate" title={family.label}>
                    {family.label}
                  </span>
                  <span className="block truncate font-normal text-stone-700">
                    {family.size > 1 ? `${plural(family.size, "report")}, 1 independent` : "independent"}
                  </span>
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((report) => (
                <th
                  key={report.id}
                  scope="col"
                  className="sticky top-[3.25rem] z-20 border-b border-l border-stone-200 bg-stone-50 px-2 py-1.5 text-xs font-semibold text-ink"
                >
                  <Link
                    href={`/reports/${report.id}`}
                    className="block truncate hover:underline"
                    title={report.title ? `${report.label}: ${report.title}` : report.label}
                  >
                    {report.label}
                  </Link>
                  {report.unreadable && <UnreadableBadge reason={report.unreadable} />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-md:block max-md:space-y-3">
            {rows.map((row, rowIndex) => (
              <tr
                key={row.id}
                id={`row-${row.id}`}
                className="max-md:block max-md:overflow-hidden max-md:rounded-lg max-md:border max-md:border-stone-200 max-md:bg-white max-md:shadow-sm"
              >
                <th
                  scope="row"
                  className="sticky left-0 z-10 border-b border-r border-stone-200 bg-white px-3 py-2 align-top font-normal max-md:static max-md:block max-md:w-auto max-md:min-w-0 max-md:border-r-0"
                >
                  <span className="flex flex-wrap items-center gap-1.5">
                    <VerdictBadge verdict={row.verdict} />
                    <span className="text-xs text-stone-600">{kindLabel(row.kind)}</span>
                  </span>
                  <Link
                    href={`${storyPath}/clusters/${row.id}`}
                    className="mt-1 block font-serif text-[0.9rem] font-medium leading-snug text-ink hover:underline"
                  >
                    {row.summary}
                  </Link>
                  <span className="mt-1 block text-xs leading-snug text-stone-600">{row.reason}</span>
                  <span className="mt-1 block text-xs text-stone-600">
                    {plural(row.reportCount, "report")} · {plural(row.independentCount, "independent source")}
                  </span>
                  <span className="mt-1.5 flex flex-wrap items-center gap-1.5">
                    <StatusBadge status={row.status} />
                    <FlagBadge flag={row.flag} open={!SETTLED_STATUSES.includes(row.status)} verdict={row.verdict} />
                  </span>
                </th>
                {cellsOf(row, columns).map((cell, colIndex) =>
                  cell ? (
                    <td key={colIndex} className="mx-td">
                      <MatrixCellView
                        cell={cell}
                        reportId={columns[colIndex]!.id}
                        reportLabel={columns[colIndex]!.label}
                        againstLabel={cell.against === null ? undefined : columns[cell.against]?.label}
                        back={`${storyPath}${query}#row-${row.id}`}
                        row={rowIndex}
                        col={colIndex}
                        update={updates?.[cell.claim.id]}
                      />
                    </td>
                  ) : (
                    <td
                      key={colIndex}
                      data-row={rowIndex}
                      data-col={colIndex}
                      tabIndex={-1}
                      aria-label={`${columns[colIndex]!.label}: silent`}
                      className="mx-silent"
                    >
                      —
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="p-6 text-center text-stone-600">No claim matches these filters.</p>}
      </div>
    </MatrixKeyboardNav>
  );
}

function cellsOf(row: GridRow, columns: GridData["columns"]) {
  const cells: (GridCell | undefined)[] = new Array(columns.length).fill(undefined);
  for (const cell of row.cells) cells[cell.col] = cell;
  return cells;
}
