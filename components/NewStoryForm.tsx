"use client";

import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { inputClass, labelClass, primaryButtonClass } from "./field-styles";
import { FormError } from "./FormMessage";

export function NewStoryForm({ createStory }: { createStory: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createStory, {});
  return (
    <form action={action} className="space-y-5 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <div>
        <label htmlFor="title" className={labelClass}>
          Title
        </label>
        <input id="title" name="title" required minLength={3} maxLength={200} className={inputClass} placeholder="What happened, in a few words" />
      </div>
      <div>
        <label htmlFor="eventDate" className={labelClass}>
          Date of the event <span className="font-normal text-stone-600">(optional)</span>
        </label>
        <input id="eventDate" name="eventDate" type="date" className={`${inputClass} max-w-xs`} />
        <p className="mt-1 text-xs text-stone-600">Used to read “on Monday” and titles such as “former President” at the right time.</p>
      </div>
      <FormError message={state.error} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Creating…" : "Create story"}
      </button>
    </form>
  );
}
