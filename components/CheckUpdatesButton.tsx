"use client";

import { useActionState } from "react";
import type { FollowState } from "@/lib/form-state";
import type { RefreshResult } from "@/lib/reports/refresh-reports";
import { FormError } from "./FormMessage";

type Action = (state: FollowState, form: FormData) => Promise<FollowState>;

/** "Check for updates", and what the check found for each report. */
export function CheckUpdatesButton({ check, label = "Check for updates" }: { check: Action; label?: string }) {
  const [state, action, pending] = useActionState<FollowState, FormData>(check, {});
  return (
    <form action={action} className="space-y-2">
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center rounded-md border border-accent bg-white px-3 py-1.5 text-sm font-medium text-accent hover:bg-stone-50 disabled:cursor-wait disabled:opacity-60"
      >
        {pending ? "Checking…" : label}
      </button>
      <FormError message={state.error} />
      {state.results && <RefreshResults results={state.results} />}
    </form>
  );
}

function RefreshResults({ results }: { results: RefreshResult[] }) {
  if (results.length === 0)
    return (
      <p role="status" className="text-sm text-stone-600">
        No report of this story was added by URL.
      </p>
    );
  return (
    <ul role="status" aria-label="What the check found" className="space-y-1 text-sm">
      {results.map((result) => (
        <li key={result.reportId} className={result.status === "failed" ? "text-red-800" : result.status === "updated" ? "text-emerald-900" : "text-stone-600"}>
          <span className="font-medium">{result.title ?? result.url}</span>:{" "}
          {result.status === "updated"
            ? `changed, now version ${result.version} (what it changed shows under Latest changes once the story is analysed again)`
            : result.status === "unchanged"
              ? "no change"
              : result.message}
        </li>
      ))}
    </ul>
  );
}
