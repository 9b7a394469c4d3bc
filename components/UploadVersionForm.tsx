"use client";

import { useActionState, useEffect, useRef } from "react";
import type { FollowState } from "@/lib/form-state";
import { inputClass, labelClass } from "./field-styles";
import { FormError, FormSuccess } from "./FormMessage";

/** An editor pastes a report's corrected text; it becomes the report's next version. */
export function UploadVersionForm({ upload }: { upload: (state: FollowState, form: FormData) => Promise<FollowState> }) {
  const [state, action, pending] = useActionState<FollowState, FormData>(upload, {});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.saved) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={action} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <label htmlFor="corrected-text" className={labelClass}>
        Corrected text
      </label>
      <textarea
        id="corrected-text"
        name="text"
        rows={5}
        required
        className={`${inputClass} font-serif`}
        placeholder="Paste the report's corrected text (or HTML)"
      />
      <FormError message={state.error} />
      {state.saved && <FormSuccess>Saved as a new version.</FormSuccess>}
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50 disabled:opacity-60">
        {pending ? "Saving…" : "Save as new version"}
      </button>
    </form>
  );
}
