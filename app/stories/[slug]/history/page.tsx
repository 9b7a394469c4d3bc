import type { Metadata } from "next";
import Link from "next/link";
import { AuditTrail } from "@/components/review/AuditTrail";
import { listStoryHistory } from "@/lib/audit/list-story-history";
import { requireActor } from "@/lib/auth/require-actor";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }> };

export default async function StoryHistoryPage({ params }: Props) {
  const { slug } = await params;
  const { story, events, truncated } = await orNotFound(listStoryHistory(await requireActor(`/stories/${slug}/history`), slug));
  return (
    <div className="max-w-4xl space-y-6">
      <nav className="text-sm">
        <Link href={`/stories/${slug}`} className="text-accent hover:underline">
          ← {story.title}
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">History</h1>
        <p className="mt-1 text-stone-600">
          Every change to this story: reports added, corrected or removed, alignment corrections, review statuses and comments.
        </p>
      </div>
      <section className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <AuditTrail
          empty="Nothing has changed since the story was created."
          events={events.map((event) => ({
            ...event,
            context: event.cluster ? (
              <Link href={`/stories/${slug}/clusters/${event.cluster.id}`} className="text-accent hover:underline">
                {event.cluster.summary}
              </Link>
            ) : undefined,
          }))}
        />
        {truncated && <p className="mt-3 text-xs text-stone-600">The 300 most recent changes are shown.</p>}
      </section>
    </div>
  );
}
