import Link from "next/link";
import type { SearchResults } from "@/lib/stories/search-stories";
import { ENTITY_TYPE_LABEL } from "./EntityList";
import { VERDICT_STYLE } from "./matrix/verdict-style";

const card = "rounded-lg border border-stone-200 bg-white p-4 shadow-sm";

/** What a search across stories found, by kind; every hit names its story. */
export function SearchResultsView({ results }: { results: SearchResults }) {
  const total = results.stories.length + results.claims.length + results.reports.length + results.people.length;
  if (total === 0)
    return (
      <p className="text-stone-700" role="status">
        Nothing matches.
      </p>
    );
  const from = (story: { title: string }) => <span className="text-xs text-stone-700"> · {story.title}</span>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section title="Claims" count={results.claims.length}>
        {results.claims.map((claim) => (
          <li key={claim.id}>
            <span className="mr-1 text-xs font-semibold text-stone-700">{VERDICT_STYLE[claim.verdict as keyof typeof VERDICT_STYLE]?.label}</span>
            <Link href={`/stories/${claim.story.slug}/clusters/${claim.id}`} className="font-serif text-ink hover:underline">
              {claim.summary}
            </Link>
            {from(claim.story)}
          </li>
        ))}
      </Section>
      <Section title="People, places and organisations" count={results.people.length}>
        {results.people.map((person) => (
          <li key={person.id}>
            <Link href={`/stories/${person.story.slug}/entities/${person.id}`} className="text-ink hover:underline">
              {person.name}
            </Link>
            <span className="text-xs text-stone-700"> ({ENTITY_TYPE_LABEL[person.type as keyof typeof ENTITY_TYPE_LABEL] ?? person.type})</span>
            {from(person.story)}
          </li>
        ))}
      </Section>
      <Section title="Reports" count={results.reports.length}>
        {results.reports.map((report) => (
          <li key={report.id}>
            <Link href={`/reports/${report.id}`} className="text-ink hover:underline">
              {report.name}
            </Link>
            {report.title && report.title !== report.name && <span className="text-stone-700">: {report.title}</span>}
            {from(report.story)}
          </li>
        ))}
      </Section>
      <Section title="Stories" count={results.stories.length}>
        {results.stories.map((story) => (
          <li key={story.slug}>
            <Link href={`/stories/${story.slug}`} className="font-serif text-ink hover:underline">
              {story.title}
            </Link>
          </li>
        ))}
      </Section>
    </div>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-label={title} className={card}>
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-700">
        {title} ({count})
      </h2>
      {count === 0 ? <p className="mt-2 text-sm text-stone-700">None.</p> : <ul className="mt-2 space-y-1.5 text-sm">{children}</ul>}
    </section>
  );
}
