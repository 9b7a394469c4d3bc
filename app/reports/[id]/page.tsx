import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmButton } from "@/components/ConfirmButton";
import { ReportDetailsForm } from "@/components/ReportDetailsForm";
import { ReportText } from "@/components/ReportText";
import { can } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { formatDay, formatLength, toDateInput } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getReport } from "@/lib/reports/get-report";
import { deleteReportAction, updateReportAction } from "../../stories/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const report = await orNotFound(getReport(await getCurrentActor(), id));
  return { title: report.title ?? report.fileName ?? "Report" };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  const report = await orNotFound(getReport(actor, id));
  return (
    <div className="space-y-6">
      <nav className="text-sm text-stone-600">
        <Link href={`/stories/${report.story.slug}`} className="text-accent hover:underline">← {report.story.title}</Link>
      </nav>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-lg border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <p className="text-sm font-medium uppercase tracking-wide text-accent">{report.outletName ?? "Unknown outlet"}</p>
          <h1 className="mt-1 font-serif text-2xl font-semibold leading-snug">{report.title ?? report.fileName ?? "Untitled report"}</h1>
          <p className="mt-2 text-sm text-stone-600">
            {report.byline ? `By ${report.byline} · ` : ""}Published {formatDay(report.publishedAt)} · {formatLength(report.charCount)}
            {report.url && (
              <> · <a href={report.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent hover:underline">original</a></>
            )}
          </p>
          <ReportText text={report.articleText} />
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
          {can(actor, "report:delete") && (
            <ConfirmButton label="Remove report" question="Remove this report from the story?" run={deleteReportAction.bind(null, report.id)} />
          )}
        </aside>
      </div>
    </div>
  );
}
