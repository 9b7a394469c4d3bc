import type { Metadata } from "next";
import { SearchResultsView } from "@/components/SearchResultsView";
import { requireActor } from "@/lib/auth/require-actor";
import { searchQuerySchema, searchStories } from "@/lib/stories/search-stories";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = [(await searchParams).q].flat()[0] ?? "";
  const actor = await requireActor(`/search?q=${encodeURIComponent(raw)}`);
  const valid = searchQuerySchema.safeParse(raw);
  const results = valid.success ? await searchStories(actor, valid.data) : null;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <form method="get" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search claims, reports, people and stories
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={raw}
          minLength={2}
          maxLength={200}
          placeholder="A name, a number, an outlet…"
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
          Search
        </button>
      </form>
      {raw && !valid.success && <p className="text-sm text-stone-700">Type at least two characters.</p>}
      {results && <SearchResultsView results={results} />}
    </div>
  );
}
