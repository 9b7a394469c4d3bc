import type { ClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import { plural } from "@/lib/format";

export function MatrixSummary({ matrix }: { matrix: ClaimMatrix }) {
  const { counts, columns, families, tallies } = matrix;
  const widest = Math.max(1, ...tallies.map((t) => t.agrees + t.contradicts + t.only));
  return (
    <section aria-label="Summary" className="grid gap-4 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <Figure label="Contradictions" value={counts.contradict} className="text-rose-800" />
        <Figure label="Single source" value={counts.single} className="text-amber-800" />
        <Figure label="Agreements" value={counts.agree} className="text-emerald-800" />
        <Figure label="Sources" value={families.length} detail={`${plural(columns.length, "report")}, ${families.length} independent`} />
      </dl>
      <figure className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <figcaption className="mb-2 text-sm font-semibold text-stone-800">How each report stands against the others</figcaption>
        <ul className="space-y-1.5">
          {tallies.map((t) => (
            <li key={t.reportId} className="tally">
              <span className="truncate text-stone-700" title={t.label}>{t.label}</span>
              <span className="tally-bar" aria-hidden style={{ width: `${Math.max(1, ((t.agrees + t.contradicts + t.only) / widest) * 100).toFixed(1)}%` }}>
                <i className="bg-emerald-500" style={{ flexGrow: t.agrees }} />
                <i className="bg-rose-500" style={{ flexGrow: t.contradicts }} />
                <i className="bg-amber-400" style={{ flexGrow: t.only }} />
              </span>
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
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-500">{label}</dt>
      <dd className={`text-2xl font-semibold ${className}`}>{value}</dd>
      {detail && <dd className="text-xs text-stone-500">{detail}</dd>}
    </div>
  );
}
