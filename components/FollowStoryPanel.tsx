"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FollowState } from "@/lib/form-state";
import type { StoryUpdate } from "@/lib/reports/get-story-follow";
import { CheckUpdatesButton } from "./CheckUpdatesButton";
import { FormError } from "./FormMessage";

type Action = (state: FollowState, form: FormData) => Promise<FollowState>;
type Props = {
  developing: boolean;
  checkedAt: string | null;
  urlReports: number;
  updates: (Omit<StoryUpdate, "at"> & { at: string })[];
  canFollow: boolean;
  check: Action;
  setDeveloping: Action;
};

/** A story's reports added by URL: check them for updates, follow the story, and what changed lately. */
export function FollowStoryPanel({ developing, checkedAt, urlReports, updates, canFollow, check, setDeveloping }: Props) {
  const [state, toggle, pending] = useActionState<FollowState, FormData>(setDeveloping, {});
  if (urlReports === 0 && updates.length === 0) return null;
  return (
    <section aria-labelledby="follow-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="follow-heading" className="text-base font-semibold">
          Following this story
        </h2>
        <span className="text-sm text-stone-600">
          {developing ? "Developing: its links are checked on a schedule." : `${urlReports} report${urlReports === 1 ? "" : "s"} added by link.`}
          {checkedAt ? ` Last checked ${checkedAt}.` : ""}
        </span>
      </div>
      {canFollow && (
        <div className="flex flex-wrap items-start gap-3">
          <CheckUpdatesButton check={check} />
          <form action={toggle}>
            <input type="hidden" name="developing" value={developing ? "false" : "true"} />
            <button
              type="submit"
              disabled={pending}
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm text-stone-800 hover:bg-stone-50 disabled:opacity-60"
            >
              {developing ? "Stop following" : "Mark as developing"}
            </button>
            <FormError message={state.error} />
          </form>
        </div>
      )}
      {updates.length > 0 && (
        <ul aria-label="Latest changes" className="space-y-1 text-sm">
          {updates.map((update) => (
            <li key={update.reportId}>
              <Link href={`/reports/${update.reportId}#versions`} className="font-medium text-accent hover:underline">
                {update.outlet}
              </Link>{" "}
              version {update.version}, {update.at}
              {update.pending ? ": being analysed" : update.labels.length > 0 ? `: ${update.labels.join("; ")}` : ": wording changed"}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
