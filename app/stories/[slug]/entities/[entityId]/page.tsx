import type { Metadata } from "next";
import Link from "next/link";
import { EntityClaims } from "@/components/EntityClaims";
import { requireActor } from "@/lib/auth/require-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { getEntityClaims } from "@/lib/stories/get-entity-claims";

type Props = { params: Promise<{ slug: string; entityId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, entityId } = await params;
  const data = await orNotFound(getEntityClaims(await requireActor(`/stories/${slug}/entities/${entityId}`), slug, entityId));
  return { title: `${data.entity.canonical} · ${data.story.title}` };
}

export default async function EntityPage({ params }: Props) {
  const { slug, entityId } = await params;
  const data = await orNotFound(getEntityClaims(await requireActor(`/stories/${slug}/entities/${entityId}`), slug, entityId));
  return (
    <div className="space-y-6">
      <nav className="text-sm text-stone-600" aria-label="Story">
        <Link href={`/stories/${data.story.slug}`} className="text-accent hover:underline">
          ← {data.story.title}
        </Link>
        <span aria-hidden className="mx-2 text-stone-600">
          ·
        </span>
        <Link href={`/stories/${data.story.slug}/entities`} className="text-accent hover:underline">
          All people, places and organisations
        </Link>
      </nav>
      <EntityClaims data={data} />
    </div>
  );
}
