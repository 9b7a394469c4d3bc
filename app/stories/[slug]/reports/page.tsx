import type { Metadata } from "next";
import Link from "next/link";
import { ReportTable } from "@/components/ReportTable";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { plural } from "@/lib/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { getStory } from "@/lib/stories/get-story";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const story = await orNotFound(getStory(await requireActor(`/stories/${slug}/reports`), slug));
  return { title: `Reports · ${story.title}` };
}

export default async function StoryReportsPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requireActor(`/stories/${slug}/reports`);
  const story = await orNotFound(getStory(actor, slug));
  const independent = new Set(story.reports.map((report) => report.family ?? report.id)).size;
  return (
    <div className="space-y-6">
      <nav className="text-sm text-stone-600" aria-label="Story">
        <Link href={`/stories/${slug}`} className="text-accent hover:underline">
          ← {story.title}
        </Link>
      </nav>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-accent">Reports</p>
          <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">The coverage of this story</h1>
          <p className="mt-2 text-sm text-stone-600">
            {plural(story.reports.length, "report")} from {plural(independent, "independent source")}. Open one to read it with its claims marked.
          </p>
        </div>
        {can(actor, "report:create") && (
          <Link href={`/stories/${slug}#add-reports`} className="text-sm font-medium text-accent hover:underline">
            Add reports
          </Link>
        )}
      </div>
      <section id="reports" aria-label="Reports">
        <ReportTable reports={story.reports} />
      </section>
    </div>
  );
}
