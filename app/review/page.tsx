import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueueItem } from "@/components/review/ReviewQueueItem";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { plural } from "@/lib/format";
import { CLAIM_KINDS } from "@/lib/matrix/matrix-filters";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { parseQueueFilters, queueQueryString, type QueueFilters } from "@/lib/review/review-queue-filters";
import { listStories } from "@/lib/stories/list-stories";
import { dismissClaimAction } from "../stories/review-actions";
import { kindLabel } from "@/lib/ui-vocabulary";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const filters = parseQueueFilters(await searchParams);
  const actor = await requireActor(`/review${queueQueryString(filters)}`);
  const [{ items, total, counts }, stories] = await Promise.all([listReviewQueue(actor, filters), listStories(actor)]);
  const tabs: { flag: QueueFilters["flag"]; label: string; count: number }[] = [
    { flag: null, label: "All flags", count: counts.contradicted + counts.single_source },
    { flag: "contradicted", label: "Contradictions", count: counts.contradicted },
    { flag: "single_source", label: "Single source", count: counts.single_source },
  ];
  const mayDismiss = can(actor, "cluster:review");
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
        <p className="mt-1 max-w-3xl text-stone-700">
          Claims flagged automatically: the reports contradict each other, or only one independent source makes them. Contradictions come first, then the oldest
          flags. A claim leaves the queue when an editor marks it verified or false, or dismisses it as not a claim.
        </p>
      </div>
      <nav aria-label="Flags" className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.label}
            href={`/review${queueQueryString({ ...filters, flag: tab.flag })}`}
            aria-current={filters.flag === tab.flag ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${filters.flag === tab.flag ? "border-ink bg-ink text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"}`}
          >
            {tab.label} ({tab.count})
          </Link>
        ))}
      </nav>
      <form method="get" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm sm:flex sm:flex-wrap sm:items-end">
        {filters.flag && <input type="hidden" name="flag" value={filters.flag} />}
        <label className="block min-w-0 text-xs font-medium text-stone-700 sm:w-80">
          Story
          <select
            name="story"
            defaultValue={filters.story ?? ""}
            className="mt-1 block w-full min-w-0 truncate rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">All stories</option>
            {stories.map((item) => (
              <option key={item.slug} value={item.slug}>
                {item.title}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-stone-700 sm:w-44">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All kinds</option>
            {CLAIM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
          Show
        </button>
      </form>
      <p className="text-sm text-stone-700" role="status">
        {plural(total, "open flag")}
        {total > items.length ? `; the first ${items.length} are shown` : ""}.
      </p>
      <ol aria-label="Open flags" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white shadow-sm">
        {items.map((item) => (
          <ReviewQueueItem
            key={item.clusterId}
            item={item}
            dismiss={mayDismiss ? dismissClaimAction.bind(null, item.slug, item.clusterId, item.version) : null}
          />
        ))}
        {items.length === 0 && <li className="p-6 text-center text-stone-700">Nothing waits for review.</li>}
      </ol>
    </div>
  );
}
