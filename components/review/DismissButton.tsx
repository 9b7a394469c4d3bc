"use client";

import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { FormError } from "../FormMessage";

/** The queue's one-click ruling that a row is not a claim at all. */
export function DismissButton({ dismiss, summary }: { dismiss: FormAction; summary: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(dismiss, {});
  return (
    <form action={action} className="space-y-1">
      <button
        type="submit"
        disabled={pending}
        aria-label={`Not a claim: ${summary}`}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
      >
        {pending ? "Dismissing…" : "Not a claim"}
      </button>
      <FormError message={state.error} />
    </form>
  );
}
