import type { MatrixCell } from "@/lib/matrix/build-claim-matrix";
import { EmphasisedText } from "./EmphasisedText";
import { CELL_STYLE } from "./verdict-style";

type Props = { cell: MatrixCell; reportLabel: string; back: string; row: number; col: number };

/**
 * One report's words for one claim, and the focus target for keyboard moves. A plain anchor,
 * not next/link: a page holds hundreds of these, and each Link costs a client component.
 */
export function MatrixCellView({ cell, reportLabel, back, row, col }: Props) {
  const style = CELL_STYLE[cell.state];
  const first = cell.claims[0]!;
  const href = `/reports/${cell.reportId}?claim=${first.id}&back=${encodeURIComponent(back)}#claim-${first.id}`;
  return (
    <a href={href} data-row={row} data-col={col} tabIndex={row === 0 && col === 0 ? 0 : -1}
      className={`matrix-cell block rounded border-l-4 px-2 py-1.5 text-[0.8rem] leading-snug outline-none hover:brightness-95 focus-visible:ring-2 focus-visible:ring-accent ${style.className}`}>
      <span className="mb-0.5 flex flex-wrap items-center gap-1 text-[0.68rem] font-semibold uppercase tracking-wide">
        <span className="normal-case md:hidden">{reportLabel} ·</span>
        <span aria-hidden>{style.symbol}</span>
        {style.label}
        {cell.claims.length > 1 && <span className="font-normal normal-case text-stone-600">· {cell.claims.length} mentions</span>}
      </span>
      <span className="block font-serif text-stone-900">
        <EmphasisedText text={first.text} emphasis={first.emphasis} />
      </span>
    </a>
  );
}
