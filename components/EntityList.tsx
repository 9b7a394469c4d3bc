import Link from "next/link";
import type { StoryEntities, StoryEntity } from "@/lib/stories/list-story-entities";

export const ENTITY_TYPE_LABEL = { person: "Person", place: "Place", org: "Organisation" } as const;

const GROUPS = [
  { type: "person", heading: "People" },
  { type: "place", heading: "Places" },
  { type: "org", heading: "Organisations" },
] as const;

/** The story's entities by type, each with how many claims and reports name it. */
export function EntityList({ story, entities }: StoryEntities) {
  if (entities.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
        No people, places or organisations were found in this story&apos;s reports yet.
      </p>
    );
  }
  return (
    <div className="space-y-8">
      {GROUPS.map(({ type, heading }) => {
        const group = entities.filter((entity) => entity.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`entities-${type}`} className="space-y-3">
            <h2 id={`entities-${type}`} className="text-lg font-semibold">
              {heading} <span className="font-normal text-stone-600">({group.length})</span>
            </h2>
            <EntityTable slug={story.slug} entities={group} reportTotal={story.reportCount} caption={heading} />
          </section>
        );
      })}
    </div>
  );
}

function EntityTable({ slug, entities, reportTotal, caption }: { slug: string; entities: StoryEntity[]; reportTotal: number; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">{caption}, with the claims that mention each</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-semibold sm:w-2/5">
              Name
            </th>
            <th scope="col" className="hidden px-4 py-2.5 font-semibold sm:table-cell">
              Also written
            </th>
            <th scope="col" className="w-20 px-4 py-2.5 text-right font-semibold sm:w-24">
              Claims
            </th>
            <th scope="col" className="w-24 px-4 py-2.5 text-right font-semibold sm:w-28">
              Reports
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {entities.map((entity) => {
            const variants = entity.mentions.filter((mention) => mention !== entity.canonical);
            return (
              <tr key={entity.id} className="hover:bg-stone-50">
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link href={`/stories/${slug}/entities/${entity.id}`} className="font-medium text-accent hover:underline">
                    {entity.canonical}
                  </Link>
                  {entity.roles.length > 0 && <span className="block text-xs text-stone-600">{entity.roles.join(", ")}</span>}
                </th>
                <td className="hidden px-4 py-3 text-stone-700 sm:table-cell">
                  {variants.length > 0 ? variants.join(" · ") : <span className="text-stone-600">—</span>}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{entity.claimCount}</td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {entity.reportCount}
                  <span className="text-stone-600"> of {reportTotal}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
