import type { CSSProperties } from "react";
import type { ClaimMatrix, SourceTally } from "@/lib/matrix/build-claim-matrix";
import { plural } from "@/lib/format";

export function MatrixSummary({ matrix }: { matrix: ClaimMatrix }) {
  const { counts, columns, families, tallies } = matrix;
  const widest = Math.max(1, ...tallies.map((t) => t.agrees + t.contradicts + t.only));
  return (
    <section aria-label="Summary" className="grid gap-4 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <dl className="grid grid-cols-2 gap-3 self-start rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <Figure label="Contradictions" value={counts.contradict} className="text-rose-800" />
        <Figure label="Single source" value={counts.single} className="text-amber-800" />
        <Figure label="Agreements" value={counts.agree} className="text-emerald-800" />
        <Figure label="Sources" value={families.length} detail={`${plural(columns.length, "report")}, ${families.length} independent`} />
      </dl>
      <figure className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <figcaption className="mb-2 text-sm font-semibold text-stone-800">How each report stands against the others</figcaption>
        {/* scrolls past a dozen reports, so the matrix stays near the top of the page */}
        <ul className="max-h-72 space-y-1.5 overflow-y-auto pr-1" tabIndex={0}>
          {tallies.map((t) => (
            <li key={t.reportId} className="tally">
              <span className="truncate text-stone-700" title={t.label}>
                {t.label}
              </span>
              <span className="tally-bar" aria-hidden style={barStyle(t, widest)} />
              <span className="tally-n">{`${t.agrees} agree · ${t.contradicts} contradict · ${t.only} alone`}</span>
            </li>
          ))}
        </ul>
      </figure>
    </section>
  );
}

function Figure({ label, value, detail, className = "text-ink" }: { label: string; value: number; detail?: string; className?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className={`text-2xl font-semibold ${className}`}>{value}</dd>
      {detail && <dd className="text-xs text-stone-600">{detail}</dd>}
    </div>
  );
}

const percent = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)}%`;

/**
 * One element per bar, its three parts drawn by a gradient (.tally-bar): a 30-report story
 * repeats this row thirty times in the HTML and again in the page's payload.
 */
function barStyle({ agrees, contradicts, only }: SourceTally, widest: number): CSSProperties {
  const total = agrees + contradicts + only;
  if (total === 0) return { width: "1%", background: "var(--color-stone-200)" };
  return {
    width: percent(Math.max(total, widest / 100), widest),
    "--a": percent(agrees, total),
    "--c": percent(agrees + contradicts, total),
  } as CSSProperties;
}
