import Link from "next/link";
import { FlagBadge } from "@/components/review/FlagBadge";
import { StatusBadge } from "@/components/review/StatusBadge";
import type { ClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import { plural } from "@/lib/format";
import { SETTLED_STATUSES } from "@/lib/review/review-status";
import { EmphasisedText } from "./EmphasisedText";
import { VerdictBadge } from "./VerdictBadge";
import { CELL_STYLE, KIND_LABEL } from "./verdict-style";

/** The matrix for narrow screens: one card per claim, listing only the reports that state it. */
export function ClaimMatrixList({ matrix, storyPath, query }: { matrix: ClaimMatrix; storyPath: string; query: string }) {
  return (
    <ol className="space-y-3">
      {matrix.rows.map((row) => (
        <li key={row.id} id={`card-${row.id}`} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
          <div className="flex flex-wrap items-center gap-1.5">
            <VerdictBadge verdict={row.verdict} />
            <span className="text-xs text-stone-500">{KIND_LABEL[row.kind] ?? row.kind} · {plural(row.reportCount, "report")}, {row.independentCount} independent</span>
          </div>
          <Link href={`${storyPath}/clusters/${row.id}`} className="mt-1 block font-serif font-medium text-ink hover:underline">{row.summary}</Link>
          <p className="text-xs text-stone-600">{row.reason}</p>
          <p className="mt-1 flex flex-wrap items-center gap-1.5">
            <StatusBadge status={row.status} />
            <FlagBadge flag={row.flag} open={!SETTLED_STATUSES.includes(row.status)} verdict={row.verdict} />
          </p>
          <ul className="mt-2 space-y-1.5">
            {row.cells.map((cell, index) => {
              if (cell.state === "silent") return null;
              const claim = cell.claims[0]!;
              const back = encodeURIComponent(`${storyPath}${query}#card-${row.id}`);
              return (
                <li key={cell.reportId}>
                  <Link href={`/reports/${cell.reportId}?claim=${claim.id}&back=${back}#claim-${claim.id}`} className={`block rounded border-l-4 px-2 py-1 text-sm ${CELL_STYLE[cell.state].className}`}>
                    <span className="text-xs font-semibold">{matrix.columns[index]!.label} · {CELL_STYLE[cell.state].label}</span>
                    <span className="block font-serif"><EmphasisedText text={claim.text} emphasis={claim.emphasis} /></span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
      {matrix.rows.length === 0 && <li className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No claim matches these filters.</li>}
    </ol>
  );
}
