import type { Metadata } from "next";
import Link from "next/link";
import { EntityList } from "@/components/EntityList";
import { requireActor } from "@/lib/auth/require-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { listStoryEntities } from "@/lib/stories/list-story-entities";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { story } = await orNotFound(listStoryEntities(await requireActor(`/stories/${slug}/entities`), slug));
  return { title: `People, places and organisations · ${story.title}` };
}

export default async function StoryEntitiesPage({ params }: Props) {
  const { slug } = await params;
  const data = await orNotFound(listStoryEntities(await requireActor(`/stories/${slug}/entities`), slug));
  return (
    <div className="space-y-8">
      <nav className="text-sm text-stone-600" aria-label="Story">
        <Link href={`/stories/${data.story.slug}`} className="text-accent hover:underline">
          ← {data.story.title}
        </Link>
        <span aria-hidden className="mx-2 text-stone-600">
          ·
        </span>
        <Link href={`/stories/${data.story.slug}/compare`} className="text-accent hover:underline">
          Compare two reports
        </Link>
      </nav>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">Entities</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">People, places and organisations</h1>
        <p className="mt-2 text-sm text-stone-600">
          Everyone and everything the reports name, with the claims that mention them. Open one to see each report&apos;s claims and spellings.
        </p>
      </div>
      <EntityList story={data.story} entities={data.entities} />
    </div>
  );
}
