"use client";

import { useActionState, useState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";

/** The person's name, editable in place by an administrator. */
export function RenameForm({ id, name, email, rename }: { id: string; name: string; email: string; rename: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(rename, {});
  const [value, setValue] = useState(name);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`name-${id}`}>
        Shown as, for {email}
      </label>
      <input
        id={`name-${id}`}
        name="name"
        value={value}
        maxLength={100}
        required
        onChange={(event) => setValue(event.target.value)}
        className="w-40 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-medium"
      />
      {value !== name && (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-medium hover:bg-stone-50 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Rename"}
        </button>
      )}
      {state.error && (
        <span role="alert" className="text-xs font-normal text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
