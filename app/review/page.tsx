import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { VerdictBadge } from "@/components/matrix/VerdictBadge";
import { StatusBadge } from "@/components/review/StatusBadge";
import { requireActor } from "@/lib/auth/require-actor";
import { formatMoment, plural } from "@/lib/format";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { listStories } from "@/lib/stories/list-stories";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const storyParam = z.string().regex(/^[a-z0-9-]{1,200}$/).nullable().catch(null);

export default async function ReviewQueuePage({ searchParams }: Props) {
  const story = storyParam.parse([(await searchParams).story].flat()[0] ?? null);
  const actor = await requireActor(story ? `/review?story=${story}` : "/review");
  const [{ items, total }, stories] = await Promise.all([listReviewQueue(actor, story), listStories(actor)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
        <p className="mt-1 max-w-3xl text-stone-600">
          Claims flagged automatically because the reports contradict each other or only one independent source makes them,
          oldest first. A claim leaves the queue when an editor marks it verified or false.
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
        <label className="text-xs font-medium text-stone-700">Story
          <select name="story" defaultValue={story ?? ""} className="mt-1 block rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All stories</option>
            {stories.map((item) => <option key={item.slug} value={item.slug}>{item.title}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">Show</button>
      </form>
      <p className="text-sm text-stone-600" role="status">
        {plural(total, "open flag")}{total > items.length ? `; the oldest ${items.length} are shown` : ""}.
      </p>
      <ol aria-label="Open flags" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white shadow-sm">
        {items.map((item) => (
          <li key={item.clusterId} className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start sm:gap-6">
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-1.5">
                <VerdictBadge verdict={item.verdict} />
                <StatusBadge status={item.status} />
                {item.verdict === "agree" && <span className="text-xs font-medium text-amber-800">one independent source</span>}
              </div>
              <Link href={`/stories/${item.slug}/clusters/${item.clusterId}`} className="block font-serif font-medium text-ink hover:underline">{item.summary}</Link>
              <p className="text-xs text-stone-500">
                <Link href={`/stories/${item.slug}`} className="hover:underline">{item.storyTitle}</Link>
                {item.reviewedBy && <> · last reviewed by {item.reviewedBy}</>}
              </p>
            </div>
            <p className="whitespace-nowrap text-xs text-stone-500 sm:text-right">Flagged since {formatMoment(item.since)}</p>
          </li>
        ))}
        {items.length === 0 && <li className="p-6 text-center text-stone-600">Nothing waits for review.</li>}
      </ol>
    </div>
  );
}
