import Link from "next/link";
import { plural } from "@/lib/format";
import type { EntityClaims as EntityClaimsData, EntityReportGroup } from "@/lib/stories/get-entity-claims";
import { ENTITY_TYPE_LABEL } from "./EntityList";
import { familyName, reportName } from "@/lib/stories/report-name";
import { firstWords, kindLabel } from "@/lib/ui-vocabulary";

/** One entity across the story: who calls it what, and every claim that names it, report by report. */
export function EntityClaims({ data }: { data: EntityClaimsData }) {
  const { entity, reports, absentFrom, claimCount } = data;
  const reportsWithClaims = reports.filter((group) => group.claims.length > 0).length;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">{ENTITY_TYPE_LABEL[entity.type]}</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{entity.canonical}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {plural(claimCount, "claim")} in {plural(reportsWithClaims, "report")} · named in {plural(reports.length, "report")}
        </p>
        <dl className="mt-4 grid items-baseline gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-stone-700">Roles</dt>
          <dd>{entity.roles.length > 0 ? entity.roles.join(", ") : <span className="text-stone-600">None stated</span>}</dd>
          <dt className="font-semibold text-stone-700">Spellings</dt>
          <dd className="flex flex-wrap gap-1.5">
            {entity.mentions.map((mention) => (
              <span key={mention} className="rounded bg-stone-100 px-1.5 py-0.5 font-serif text-stone-900">
                {mention}
              </span>
            ))}
          </dd>
        </dl>
      </div>

      {entity.mentions.length > 1 && reports.length > 0 && <SpellingTable mentions={entity.mentions} reports={reports} />}

      {reports.map((group) => (
        <ReportGroup key={group.report.id} group={group} />
      ))}
      {absentFrom.length > 0 && <p className="text-sm text-stone-600">Not named in {absentFrom.map(reportName).join(", ")}.</p>}
    </div>
  );
}

/** Which report uses which spelling: the quickest way to see a name transliterated differently. */
function SpellingTable({ mentions, reports }: { mentions: string[]; reports: EntityReportGroup[] }) {
  return (
    <section aria-labelledby="spellings-heading" className="space-y-3">
      <h2 id="spellings-heading" className="text-lg font-semibold">
        Spellings by report
      </h2>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-600">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-semibold uppercase tracking-wide">
                Report
              </th>
              {mentions.map((mention) => (
                <th key={mention} scope="col" className="px-4 py-2.5 text-right font-serif text-sm font-semibold text-ink">
                  {mention}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {reports.map(({ report, spellings }) => (
              <tr key={report.id}>
                <th scope="row" className="px-4 py-2.5 font-medium text-ink">
                  {reportName(report)}
                </th>
                {mentions.map((mention) => {
                  const count = spellings.find((use) => use.spelling === mention.trim())?.count ?? 0;
                  return (
                    <td key={mention} className="px-4 py-2.5 text-right tabular-nums">
                      {count > 0 ? (
                        `${count}×`
                      ) : (
                        <>
                          <span aria-hidden className="text-stone-600">
                            —
                          </span>
                          <span className="sr-only">not used</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ReportGroup({ group }: { group: EntityReportGroup }) {
  const { report, spellings, claims } = group;
  const headingId = `report-${report.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <div className="border-b border-stone-100 px-4 py-3">
        <h2 id={headingId} className="text-base font-semibold">
          <Link href={`/reports/${report.id}`} className="text-ink hover:underline">
            {reportName(report)}
          </Link>
          {report.outletName && report.title && <span className="font-serif font-normal text-stone-600"> · {report.title}</span>}
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {spellings.length > 0 ? (
            <>
              Written as{" "}
              {spellings.map((use, index) => (
                <span key={use.spelling}>
                  {index > 0 && ", "}
                  <span className="font-serif text-ink">“{use.spelling}”</span>
                  {use.count > 1 && ` (${use.count}×)`}
                </span>
              ))}
            </>
          ) : (
            "Not named by any of these spellings: its claims refer to it another way"
          )}
          {report.familyLabel && <> · source family {familyName(report.familyLabel, report)}</>}
        </p>
      </div>
      {claims.length === 0 ? (
        <p className="px-4 py-3 text-sm text-stone-600">Named in the text, but in no claim.</p>
      ) : (
        <ol className="divide-y divide-stone-100">
          {claims.map((claim) => (
            <li key={claim.id} className="px-4 py-3">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">{kindLabel(claim.kind)}</span>
              <span className="font-serif text-stone-900">{claim.text}</span>{" "}
              <Link href={`/reports/${report.id}?claim=${claim.id}#claim-${claim.id}`} className="text-sm text-accent hover:underline">
                In context
                <span className="sr-only">
                  {" "}
                  in {reportName(report)}: {firstWords(claim.text)}
                </span>{" "}
                <span aria-hidden>→</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
