import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { ConfirmButton } from "@/components/ConfirmButton";
import { ReportDetailsForm } from "@/components/ReportDetailsForm";
import { HighlightedReportText } from "@/components/HighlightedReportText";
import { CheckUpdatesButton } from "@/components/CheckUpdatesButton";
import { ReportVersions } from "@/components/ReportVersions";
import { UnreadableNotice } from "@/components/UnreadableNotice";
import { UploadVersionForm } from "@/components/UploadVersionForm";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { formatDay, formatLength, toDateInput } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getReport } from "@/lib/reports/get-report";
import { readVersionView } from "@/lib/reports/read-version-view";
import { deleteReportAction, updateReportAction } from "../../stories/actions";
import { checkForUpdatesAction, uploadVersionAction } from "../../stories/follow-actions";
import { reportHeadline, reportName } from "@/lib/stories/report-name";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Only a path back into a story's matrix is followed: never another site.
const viewSchema = z.object({
  claim: z.uuid().optional().catch(undefined),
  back: z
    .string()
    .regex(/^\/stories\/[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:[?#]\S*)?$/)
    .optional()
    .catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const report = await orNotFound(getReport(await requireActor(`/reports/${id}`), id));
  return { title: report.title ?? report.fileName ?? "Report" };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const view = viewSchema.parse({ claim: [raw.claim].flat()[0], back: [raw.back].flat()[0] });
  const actor = await requireActor(`/reports/${id}`);
  const report = await orNotFound(getReport(actor, id));
  const selected = report.claims.find((claim) => claim.id === view.claim) ?? null;
  const backTo = view.back ?? `/stories/${report.story.slug}`;
  const versions = await readVersionView(actor, report.id, raw);
  const hrefFor = (claimId: string) => `/reports/${report.id}?claim=${claimId}${view.back ? `&back=${encodeURIComponent(view.back)}` : ""}#claim-${claimId}`;
  return (
    <div className="space-y-6">
      <nav className="text-sm text-stone-600">
        <Link href={backTo} className="text-accent hover:underline">
          ← Back to {!view.back ? report.story.title : view.back.includes("/compare") ? "the comparison" : "the matrix"}
        </Link>
      </nav>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-lg border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <p className="text-sm font-medium uppercase tracking-wide text-accent">{reportName(report)}</p>
          <h1 className="mt-1 font-serif text-2xl font-semibold leading-snug">{reportHeadline(report)}</h1>
          <p className="mt-2 text-sm text-stone-600">
            {report.byline ? `By ${report.byline} · ` : ""}Published {formatDay(report.publishedAt)} · {formatLength(report.charCount)}
            {report.url && (
              <>
                {" "}
                ·{" "}
                <a href={report.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline">
                  original
                </a>
              </>
            )}
          </p>
          {report.analysisSkipped && <UnreadableNotice reason={report.analysisSkipped} />}
          {selected && (
            <p className="mt-4 rounded-md border border-yellow-300 bg-yellow-50 px-3 py-2 text-sm text-stone-800">
              Highlighted: <span className="font-medium">{selected.summary}</span>
              {selected.cluster && (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/stories/${report.story.slug}/clusters/${selected.cluster.id}`} className="text-accent underline">
                    how every report puts it
                  </Link>
                </>
              )}
            </p>
          )}
          <HighlightedReportText
            text={report.articleText}
            claims={report.claims}
            selectedId={selected?.id ?? null}
            hrefFor={hrefFor}
            furniture={report.furniture}
            provenance={report.provenance}
          />
          <div className="mt-8">
            <ReportVersions reportPath={`/reports/${report.id}`} {...versions} />
          </div>
        </article>
        <aside className="space-y-4">
          {can(actor, "report:update") && (
            <ReportDetailsForm
              save={updateReportAction.bind(null, report.id)}
              values={{
                title: report.title ?? "",
                outletName: report.outletName ?? "",
                url: report.url ?? "",
                byline: report.byline ?? "",
                publishedAt: toDateInput(report.publishedAt),
              }}
            />
          )}
          {report.fetchedAt && can(actor, "report:update") && (
            <CheckUpdatesButton check={checkForUpdatesAction.bind(null, report.story.slug, report.id)} label="Check this report for updates" />
          )}
          {can(actor, "report:revise") && <UploadVersionForm upload={uploadVersionAction.bind(null, report.id)} />}
          {can(actor, "report:delete") && (
            <ConfirmButton label="Remove report" question="Remove this report from the story?" run={deleteReportAction.bind(null, report.id)} />
          )}
        </aside>
      </div>
    </div>
  );
}
