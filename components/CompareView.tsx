import Link from "next/link";
import type { DiffSegment } from "@/lib/diff/diff-words";
import { plural } from "@/lib/format";
import type { ComparedClaim, ComparedReport, ReportComparison, SharedClaimRow } from "@/lib/stories/get-report-comparison";
import { familyName, reportHeadline, reportName } from "@/lib/stories/report-name";
import { firstWords, kindLabel } from "@/lib/ui-vocabulary";

type Side = "a" | "b";

/** Where the report page shows this claim highlighted in its text. */
function claimHref(claim: ComparedClaim): string {
  return `/reports/${claim.reportId}?claim=${claim.id}#claim-${claim.id}`;
}

/** Two reports side by side: shared claims lined up with their wording diffed, then what only one has. */
export function CompareView({ comparison }: { comparison: ReportComparison }) {
  const { a, b, shared, onlyA, onlyB } = comparison;
  return (
    <div className="space-y-10">
      <div className="grid gap-4 md:grid-cols-2">
        <ReportCard side="a" report={a} />
        <ReportCard side="b" report={b} />
      </div>
      {comparison.sameFamily && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <strong className="font-semibold">One source:</strong> both reports come from {familyName(a.familyLabel, a)}, so where they agree it is not
          independent confirmation.
        </p>
      )}

      <section aria-labelledby="shared-heading" className="space-y-3">
        <h2 id="shared-heading" className="text-lg font-semibold">
          In both reports <span className="font-normal text-stone-600">({shared.length})</span>
        </h2>
        <p className="text-sm text-stone-700">
          Contradictions come first. Words that differ between the two are <Highlighted side="a">marked</Highlighted> in each report&apos;s wording.
        </p>
        {shared.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">These two reports share no claim.</p>
        ) : (
          <table className="block w-full text-left md:table md:table-fixed">
            <caption className="sr-only">
              Claims both reports make, with {reportName(a)} (A) and {reportName(b)} (B) side by side
            </caption>
            <thead className="hidden md:table-header-group">
              <tr>
                <th id="col-a" scope="col" className="w-1/2 px-4 pb-2 text-xs font-semibold uppercase tracking-wide text-stone-600">
                  A · {reportName(a)}
                </th>
                <th id="col-b" scope="col" className="w-1/2 px-4 pb-2 text-xs font-semibold uppercase tracking-wide text-stone-600">
                  B · {reportName(b)}
                </th>
              </tr>
            </thead>
            {shared.map((row, index) => (
              <SharedRow key={row.cluster.id} row={row} rowId={`shared-${index}`} names={{ a: reportName(a), b: reportName(b) }} />
            ))}
          </table>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <OnlyIn side="a" report={a} other={b} claims={onlyA} />
        <OnlyIn side="b" report={b} other={a} claims={onlyB} />
      </div>
    </div>
  );
}

function ReportCard({ side, report }: { side: Side; report: ComparedReport }) {
  return (
    <div className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">
        Report {side.toUpperCase()} · {reportName(report)}
      </p>
      <Link href={`/reports/${report.id}`} className="mt-1 block font-serif text-lg font-semibold leading-snug text-ink hover:underline">
        {reportHeadline(report)}
      </Link>
      {report.familyLabel && <p className="mt-1 text-sm text-stone-600">Source family: {familyName(report.familyLabel, report)}</p>}
    </div>
  );
}

const VERDICT = {
  here: { label: "Contradiction", className: "border-red-300 bg-red-50 text-red-800", icon: "✕" },
  contradict: { label: "Disputed by another report", className: "border-amber-300 bg-amber-50 text-amber-900", icon: "!" },
  agree: { label: "Agree", className: "border-emerald-300 bg-emerald-50 text-emerald-800", icon: "✓" },
  single: { label: "One source", className: "border-stone-300 bg-stone-100 text-stone-700", icon: "=" },
} as const;

function SharedRow({ row, rowId, names }: { row: SharedClaimRow; rowId: string; names: Record<Side, string> }) {
  const verdict = VERDICT[row.contradictsHere ? "here" : row.cluster.verdict];
  return (
    <tbody className="mb-4 block overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm md:table-row-group md:border-0 md:shadow-none">
      <tr className="block md:table-row">
        <th
          id={rowId}
          scope="colgroup"
          colSpan={2}
          className="block border-stone-200 bg-stone-50 px-4 py-2.5 text-left align-top text-sm font-normal md:table-cell md:border md:border-b-0"
        >
          <span className={`mr-2 inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${verdict.className}`}>
            <span aria-hidden>{verdict.icon}</span>
            {verdict.label}
          </span>
          <span className="font-medium text-ink">
            {kindLabel(row.cluster.kind)}: {row.cluster.summary}
          </span>
          <span className="mt-1 block text-xs text-stone-600">
            {row.cluster.reason} Across the story: {plural(row.cluster.reportCount, "report")}, {plural(row.cluster.independentCount, "independent source")}.
          </span>
        </th>
      </tr>
      <tr className="block md:table-row">
        {(["a", "b"] as const).map((side) => (
          <td
            key={side}
            headers={`${rowId} col-${side}`}
            className={`block border-stone-200 px-4 py-3 align-top md:table-cell md:border md:border-t-0 ${side === "b" ? "max-md:border-t" : ""}`}
          >
            <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-600 md:hidden">
              {side.toUpperCase()} · {names[side]}
            </span>
            <DiffText segments={row.diff[side]} side={side} />
            <ClaimLink claim={row[side][0]!} name={names[side]} />
            {row[side].slice(1).map((claim) => (
              <p key={claim.id} className="mt-2 border-t border-stone-100 pt-2 font-serif text-stone-800">
                {claim.text} <ClaimLink claim={claim} name={names[side]} />
              </p>
            ))}
          </td>
        ))}
      </tr>
    </tbody>
  );
}

function DiffText({ segments, side }: { segments: DiffSegment[]; side: Side }) {
  return (
    <p className="font-serif leading-relaxed text-stone-900">
      {segments.map((segment, index) =>
        segment.op === "same" ? (
          segment.text
        ) : (
          <Highlighted key={index} side={side}>
            {segment.text}
          </Highlighted>
        ),
      )}
    </p>
  );
}

/** A differing run: colour, an underline for those who cannot tell the colour, and words for screen readers. */
function Highlighted({ side, children }: { side: Side; children: React.ReactNode }) {
  const tone = side === "a" ? "bg-amber-100 decoration-amber-700" : "bg-sky-100 decoration-sky-700";
  return (
    <mark className={`rounded-sm px-0.5 text-ink underline decoration-2 underline-offset-4 ${tone}`}>
      <span className="sr-only select-none">[differs: </span>
      {children}
      <span className="sr-only select-none">]</span>
    </mark>
  );
}

function ClaimLink({ claim, name }: { claim: ComparedClaim; name: string }) {
  return (
    <Link href={claimHref(claim)} className="mt-1 inline-block text-sm text-accent hover:underline">
      In context
      <span className="sr-only">
        {" "}
        in {name}: {firstWords(claim.text)}
      </span>{" "}
      <span aria-hidden>→</span>
    </Link>
  );
}

function OnlyIn({ side, report, other, claims }: { side: Side; report: ComparedReport; other: ComparedReport; claims: ComparedClaim[] }) {
  const id = `only-${side}-heading`;
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        Only in {side.toUpperCase()} · {reportName(report)} <span className="font-normal text-stone-600">({claims.length})</span>
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm text-stone-600">
          Everything {reportName(report)} claims, {reportName(other)} reports too.
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
          {claims.map((claim) => (
            <li key={claim.id} className="px-4 py-3">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">{kindLabel(claim.kind)}</span>
              <span className="font-serif text-stone-900">{claim.text}</span> <ClaimLink claim={claim} name={reportName(report)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
