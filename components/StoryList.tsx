import Link from "next/link";
import { formatDay, formatMoment, plural } from "@/lib/format";
import type { StorySummary } from "@/lib/stories/list-stories";

export function StoryList({ stories }: { stories: StorySummary[] }) {
  if (stories.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center">
        <p className="text-stone-700">No stories yet.</p>
        <Link href="/stories/new" className="mt-3 inline-block font-medium text-accent underline">
          Start one with the reports you are reading
        </Link>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {stories.map((story) => (
        <li key={story.id}>
          <Link href={`/stories/${story.slug}`} className="flex flex-col gap-1 px-5 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between">
            <span>
              <span className="block font-serif text-lg font-semibold text-ink">{story.title}</span>
              <span className="text-sm text-stone-600">Event: {formatDay(story.eventDate)}</span>
            </span>
            <span className="flex gap-4 text-sm text-stone-600 sm:text-right">
              <span className="rounded-full bg-stone-100 px-2.5 py-0.5 font-medium text-stone-800">{plural(story.reportCount, "report")}</span>
              <span>Updated {formatMoment(story.updatedAt)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
