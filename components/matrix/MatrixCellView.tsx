import type { GridCell } from "@/lib/matrix/to-grid-data";
import { EmphasisedText } from "./EmphasisedText";
import { CELL_STYLE } from "./verdict-style";

/** `againstLabel`: in a contradiction, the report on the other side from this one. `update`: how this outlet's own latest version changed the claim. */
type Props = { cell: GridCell; reportId: string; reportLabel: string; againstLabel?: string; back: string; row: number; col: number; update?: string };

/**
 * One report's words for one claim, and the focus target for keyboard moves. A plain anchor,
 * not next/link: a page holds hundreds of these, and each Link costs a client component.
 */
export function MatrixCellView({ cell, reportId, reportLabel, againstLabel, back, row, col, update }: Props) {
  const style = CELL_STYLE[cell.state];
  // Colours come from .mx-agrees / .mx-contradicts / .mx-only in globals.css.
  const first = cell.claim;
  const href = `/reports/${reportId}?claim=${first.id}&back=${encodeURIComponent(back)}#claim-${first.id}`;
  return (
    <a href={href} data-row={row} data-col={col} tabIndex={row === 0 && col === 0 ? 0 : -1} className={`mx-cell mx-${cell.state}`}>
      <span className="mx-cell-head">
        <span className="normal-case md:hidden">{reportLabel} ·</span>
        <span aria-hidden>{style.symbol}</span>
        {style.label}
        {againstLabel && <span className="normal-case">{againstLabel}</span>}
        {cell.mentions > 1 && <span className="font-normal normal-case text-stone-600">· {cell.mentions} mentions</span>}
      </span>
      <span className="block font-serif text-stone-900">
        <EmphasisedText text={first.text} emphasis={first.emphasis} />
      </span>
      {update && <span className="mt-1 block text-xs font-medium text-sky-800">Updated: {update}</span>}
    </a>
  );
}
