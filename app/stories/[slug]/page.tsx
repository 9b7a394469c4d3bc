import type { Metadata } from "next";
import { AddReportsForm } from "@/components/AddReportsForm";
import { ConfirmButton } from "@/components/ConfirmButton";
import { ReportTable } from "@/components/ReportTable";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { can } from "@/lib/auth/actor";
import { formatDay, formatMoment, plural } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getStory } from "@/lib/stories/get-story";
import { addReportsAction, deleteStoryAction } from "../actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const story = await orNotFound(getStory(await getCurrentActor(), slug));
  return { title: story.title };
}

export default async function StoryPage({ params }: Props) {
  const { slug } = await params;
  const actor = await getCurrentActor();
  const story = await orNotFound(getStory(actor, slug));
  const outlets = new Set(story.reports.map((report) => report.outletName).filter(Boolean));
  return (
    <div className="space-y-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-accent">Story</p>
          <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{story.title}</h1>
          <p className="mt-2 text-sm text-stone-600">
            Event {formatDay(story.eventDate)} · {plural(story.reports.length, "report")} from {plural(outlets.size, "outlet")} · updated {formatMoment(story.updatedAt)}
          </p>
        </div>
        {can(actor, "story:delete") && (
          <ConfirmButton label="Delete story" question={`Delete “${story.title}” and all its reports?`} run={deleteStoryAction.bind(null, story.slug)} />
        )}
      </div>
      <section aria-labelledby="reports-heading" className="space-y-3">
        <h2 id="reports-heading" className="text-lg font-semibold">Reports</h2>
        <ReportTable reports={story.reports} />
      </section>
      {can(actor, "report:create") && (
        <section className="max-w-3xl">
          <AddReportsForm addReports={addReportsAction.bind(null, story.slug)} />
        </section>
      )}
    </div>
  );
}
