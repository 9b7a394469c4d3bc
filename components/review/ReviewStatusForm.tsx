"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { REVIEW_STATUSES, STATUS_HELP, STATUS_LABEL, type ReviewStatus } from "@/lib/review/review-status";
import type { ReviewFormAction, ReviewFormState } from "@/lib/review/review-form-state";
import type { ReviewSnapshot } from "@/lib/review/review-snapshot";
import { inputClass, labelClass, primaryButtonClass } from "../field-styles";
import { FormError, FormSuccess } from "../FormMessage";
import { EvidenceLinks } from "./EvidenceLinks";
import { SidePicker, type SideChoice } from "./SidePicker";
import { StatusBadge } from "./StatusBadge";

/**
 * An editor sets the status. A refused change keeps what the editor chose: the fields are
 * controlled, and submitting through onSubmit skips React's form reset after an action
 * (the action prop stays for browsers without JavaScript). After a conflict the form takes the
 * newer version and adds the other editor's evidence links to the editor's own, so submitting
 * again replaces their review deliberately, after reading it, without losing their sources.
 */
export function ReviewStatusForm({ review, save, sides }: { review: ReviewSnapshot; save: ReviewFormAction; sides: SideChoice[] | null }) {
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(save, {});
  const [status, setStatus] = useState<ReviewStatus>(review.status);
  const [note, setNote] = useState(review.note ?? "");
  const [evidence, setEvidence] = useState(review.evidence.join("\n"));
  const [rightSide, setRightSide] = useState(review.rightSide ?? "");
  const version = state.saved?.version ?? state.conflict?.version ?? review.version;
  useEffect(() => {
    const theirs = state.conflict?.evidence ?? [];
    if (theirs.length === 0) return;
    setEvidence((mine) => {
      const links = mine.split(/\s+/).filter(Boolean);
      return [...links, ...theirs.filter((link) => !links.includes(link))].join("\n");
    });
  }, [state.conflict]);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-3"
    >
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className={labelClass}>Status</legend>
        <div className="mt-1 space-y-1">
          {REVIEW_STATUSES.map((value) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" name="status" value={value} checked={status === value} onChange={() => setStatus(value)} className="mt-1" />
              <span>
                <span className="font-medium">{STATUS_LABEL[value]}</span> <span className="text-stone-700">— {STATUS_HELP[value]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {sides && <SidePicker sides={sides} value={rightSide} onChange={setRightSide} />}
      <label className={labelClass}>
        Note
        <textarea
          name="note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={3}
          maxLength={4000}
          className={inputClass}
          placeholder="What you checked, and what you found"
        />
      </label>
      <label className={labelClass}>
        Evidence links <span className="font-normal text-stone-700">(one http(s) address per line)</span>
        <textarea
          name="evidence"
          value={evidence}
          onChange={(event) => setEvidence(event.target.value)}
          rows={2}
          className={inputClass}
          placeholder="https://…"
        />
      </label>
      {state.conflict && (
        <div role="alert" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">Changed by {state.conflict.updatedByName || "someone else"} while you were editing: your change was not saved.</p>
          <p className="flex flex-wrap items-center gap-1.5">
            Now: <StatusBadge status={state.conflict.status} /> {state.conflict.note && <q>{state.conflict.note}</q>}
          </p>
          {state.conflict.evidence.length > 0 && (
            <div>
              Their evidence, now also in your evidence field: <EvidenceLinks links={state.conflict.evidence} />
            </div>
          )}
          <p>Your choice is still in the form. Submit again to replace theirs, or reload to start from theirs.</p>
        </div>
      )}
      {!state.conflict && <FormError message={state.error} />}
      {state.saved && !pending && <FormSuccess>Saved: {STATUS_LABEL[state.saved.status]}.</FormSuccess>}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Set status"}
      </button>
    </form>
  );
}
