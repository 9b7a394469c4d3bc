import Link from "next/link";
import { VerdictBadge } from "@/components/matrix/VerdictBadge";
import { formatMoment } from "@/lib/format";
import type { FormAction } from "@/lib/form-state";
import type { QueueItem } from "@/lib/review/list-review-queue";
import { DismissButton } from "./DismissButton";
import { StatusBadge } from "./StatusBadge";
import { kindLabel } from "@/lib/ui-vocabulary";

/** One open flag: what it is, where it is from, and an editor's quick dismissal. */
/** `dismiss` is the "Not a claim" action for this item; null hides the button. */
export function ReviewQueueItem({ item, dismiss }: { item: QueueItem; dismiss: FormAction | null }) {
  return (
    <li className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start sm:gap-6">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-1.5">
          <VerdictBadge verdict={item.verdict} />
          <span className="text-xs text-stone-700">{kindLabel(item.kind)}</span>
          <StatusBadge status={item.status} />
          {item.verdict === "agree" && <span className="text-xs font-medium text-amber-800">one independent source</span>}
        </div>
        <Link href={`/stories/${item.slug}/clusters/${item.clusterId}`} className="block font-serif font-medium text-ink hover:underline">
          {item.summary}
        </Link>
        <p className="text-xs text-stone-700">
          <Link href={`/stories/${item.slug}`} className="hover:underline">
            {item.storyTitle}
          </Link>
          {item.reviewedBy && <> · last reviewed by {item.reviewedBy}</>}
        </p>
      </div>
      <div className="flex items-start gap-3 sm:flex-col sm:items-end">
        <p className="text-xs text-stone-700 sm:text-right">Flagged since {formatMoment(item.since)}</p>
        {dismiss && <DismissButton summary={item.summary} dismiss={dismiss} />}
      </div>
    </li>
  );
}
