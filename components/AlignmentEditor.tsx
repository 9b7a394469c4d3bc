"use client";

import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { FormError } from "./FormMessage";

type Option = { id: string; summary: string; verdict: string; claimId: string };
type Claim = { id: string; label: string };

const selectClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
const buttonClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:bg-stone-50 disabled:opacity-60";

/** Editors' tools to correct the alignment: every change re-runs the verdicts. */
export function AlignmentEditor({ claims, others, edit }: { claims: Claim[]; others: Option[]; edit: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(edit, {});
  const label = (option: Option) => `${option.verdict === "contradict" ? "⚠ " : ""}${option.summary.slice(0, 90)}`;
  return (
    <section aria-labelledby="alignment-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="alignment-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        Correct the alignment
      </h2>
      <FormError message={state.error} />
      <form action={action} className="space-y-2">
        <input type="hidden" name="action" value="move" />
        <label className="block text-xs font-medium text-stone-700">
          Move this report’s claim
          <select name="claimId" className={selectClass} required>
            {claims.map((claim) => (
              <option key={claim.id} value={claim.id}>
                {claim.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-stone-700">
          to
          <select name="targetClaimId" className={selectClass}>
            <option value="">a row of its own</option>
            {others.map((option) => (
              <option key={option.id} value={option.claimId}>
                {label(option)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className={buttonClass}>
          Move claim
        </button>
      </form>
      {others.length > 0 && claims.length > 0 && (
        <form action={action} className="space-y-2 border-t border-stone-100 pt-3">
          <input type="hidden" name="action" value="merge" />
          <input type="hidden" name="claimId" value={claims[0]!.id} />
          <label className="block text-xs font-medium text-stone-700">
            Merge this row with
            {/* No row is preselected: the first row of the story is rarely the one to merge with. */}
            <select name="targetClaimId" className={selectClass} required defaultValue="">
              <option value="" disabled>
                Choose a row…
              </option>
              {others.map((option) => (
                <option key={option.id} value={option.claimId}>
                  {label(option)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className={buttonClass}>
            Merge rows
          </button>
        </form>
      )}
      {pending && (
        <p role="status" className="text-sm text-stone-600">
          Re-running the analysis…
        </p>
      )}
    </section>
  );
}

/** A one-click split of one claim out of its row. */
export function SplitClaimButton({ claimId, edit }: { claimId: string; edit: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(edit, {});
  return (
    <form action={action} className="inline">
      <input type="hidden" name="action" value="split" />
      <input type="hidden" name="claimId" value={claimId} />
      <button type="submit" disabled={pending} className="text-xs font-medium text-accent underline disabled:opacity-60">
        {pending ? "Splitting…" : "Split out"}
      </button>
      {state.error && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
