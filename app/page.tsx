import Link from "next/link";
import { StoryList } from "@/components/StoryList";
import { requireActor } from "@/lib/auth/require-actor";
import { listStories } from "@/lib/stories/list-stories";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const filter = ([(await searchParams).q].flat()[0] ?? "").trim().slice(0, 200);
  const stories = await listStories(await requireActor("/"));
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length ? stories.filter((story) => words.every((word) => story.title.toLowerCase().includes(word))) : stories;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Stories</h1>
        <p className="mt-1 max-w-2xl text-stone-700">Each story gathers the reports of one event, so their claims can be compared side by side.</p>
      </div>
      {stories.length > 0 && (
        <form method="get" role="search" aria-label="Filter stories" className="flex max-w-xl flex-wrap items-center gap-2">
          <label htmlFor="story-filter" className="sr-only">
            Stories whose title has these words
          </label>
          <input
            id="story-filter"
            name="q"
            type="search"
            defaultValue={filter}
            placeholder="Filter stories by title"
            className="block min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          />
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-ink hover:bg-stone-50">
            Filter
          </button>
          {filter && (
            <Link href={`/search?q=${encodeURIComponent(filter)}`} className="text-sm text-accent underline">
              Search inside the stories
            </Link>
          )}
        </form>
      )}
      {filter && shown.length === 0 ? <p className="text-stone-700">No story title has those words.</p> : <StoryList stories={shown} />}
    </div>
  );
}
