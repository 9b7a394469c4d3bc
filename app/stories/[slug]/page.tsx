import type { Metadata } from "next";
import Link from "next/link";
import { AddReportsForm } from "@/components/AddReportsForm";
import { AnalysisProgress } from "@/components/AnalysisProgress";
import { ConfirmButton } from "@/components/ConfirmButton";
import { FollowStoryPanel } from "@/components/FollowStoryPanel";
import { MatrixPager } from "@/components/matrix/MatrixPager";
import { ClaimMatrixTable } from "@/components/matrix/ClaimMatrixTable";
import { MatrixFiltersForm } from "@/components/matrix/MatrixFiltersForm";
import { MatrixSummary } from "@/components/matrix/MatrixSummary";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { formatDay, formatMoment, plural } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";
import { parseMatrixFilters, toQueryString } from "@/lib/matrix/matrix-filters";
import { gridJsonOf } from "@/lib/matrix/to-grid-data";
import { getStoryFollow } from "@/lib/reports/get-story-follow";
import { getClaimMatrix } from "@/lib/stories/get-claim-matrix";
import { getStoryTitle } from "@/lib/stories/get-story-title";
import { addReportsAction, deleteStoryAction } from "../actions";
import { checkForUpdatesAction, setDevelopingAction } from "../follow-actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: await orNotFound(getStoryTitle(await requireActor(`/stories/${slug}`), slug)) };
}

export default async function StoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const filters = parseMatrixFilters(await searchParams);
  const actor = await requireActor(`/stories/${slug}`);
  const matrix = await orNotFound(getClaimMatrix(actor, slug, filters));
  const { story, reports } = matrix;
  const follow = await getStoryFollow(actor, slug);
  const analysis = await getAnalysisStatus(actor, slug);
  const storyPath = `/stories/${slug}`;
  const query = toQueryString(filters);
  return (
    <div className="space-y-6">
      {reports.length > 0 && (
        <a href="#matrix-grid" className="skip-link">
          Skip to the claim matrix
        </a>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-accent">Story</p>
          <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{story.title}</h1>
          <p className="mt-2 text-sm text-stone-600">
            Event {formatDay(story.eventDate)} · {plural(reports.length, "report")} from {plural(matrix.families.length, "independent source")} · updated{" "}
            {formatMoment(story.updatedAt)}
          </p>
          <nav className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`${storyPath}/reports`} className="text-accent hover:underline">
              Reports ({reports.length})
            </Link>
            <Link href={`${storyPath}/entities`} className="text-accent hover:underline">
              People and places
            </Link>
            <Link href={`${storyPath}/compare`} className="text-accent hover:underline">
              Compare two reports
            </Link>
            <Link href={`${storyPath}/fact-sheet${query}`} className="text-accent hover:underline">
              Fact sheet
            </Link>
            <Link href={`/review?story=${slug}`} className="text-accent hover:underline">
              Review queue
            </Link>
            <Link href={`${storyPath}/history`} className="text-accent hover:underline">
              History
            </Link>
          </nav>
        </div>
        {can(actor, "story:delete") && (
          <ConfirmButton label="Delete story" question={`Delete “${story.title}” and all its reports?`} run={deleteStoryAction.bind(null, slug)} />
        )}
      </div>

      <AnalysisProgress initial={analysis} />

      <FollowStoryPanel
        developing={follow.developing}
        checkedAt={follow.checkedAt ? formatMoment(follow.checkedAt) : null}
        urlReports={follow.urlReports}
        updates={follow.updates.map((update) => ({ ...update, at: formatMoment(update.at) }))}
        canFollow={can(actor, "report:update")}
        check={checkForUpdatesAction.bind(null, slug, null)}
        setDeveloping={setDevelopingAction.bind(null, slug)}
      />

      {reports.length > 0 ? (
        <section id="matrix" aria-labelledby="matrix-heading" className="scroll-mt-4 space-y-4">
          <h2 id="matrix-heading" className="sr-only">
            Claim matrix
          </h2>
          <MatrixSummary matrix={matrix} />
          <MatrixFiltersForm matrix={matrix} entities={matrix.entities} filters={filters} storyPath={storyPath} />
          <ClaimMatrixTable data={gridJsonOf(matrix)} storyPath={storyPath} query={query} updates={follow.updatedClaims} />
          <MatrixPager matrix={matrix} filters={filters} storyPath={storyPath} />
        </section>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          No reports yet: add the coverage you want to compare, and the claim matrix appears here.
        </p>
      )}

      {can(actor, "report:create") && (
        <section id="add-reports" className="max-w-3xl scroll-mt-4">
          <AddReportsForm addReports={addReportsAction.bind(null, slug)} />
        </section>
      )}
    </div>
  );
}
