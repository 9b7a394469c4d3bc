"use client";

import { useActionState, useEffect, useRef } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { inputClass, primaryButtonClass } from "../field-styles";
import { FormError } from "../FormMessage";

export function CommentForm({ comment }: { comment: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(comment, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.saved) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-2">
      <label htmlFor="comment-body" className="sr-only">
        Comment
      </label>
      <textarea id="comment-body" name="body" required rows={3} maxLength={4000} className={inputClass} placeholder="A lead, a call to make, a doubt…" />
      <FormError message={state.error} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Posting…" : "Post comment"}
      </button>
    </form>
  );
}
