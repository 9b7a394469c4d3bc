"use client";

import { useActionState, useState } from "react";
import { ROLES, type Role } from "@/lib/auth/actor";
import type { FormAction, FormState } from "@/lib/form-state";

export function RoleForm({ id, name, role, change }: { id: string; name: string; role: Role; change: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(change, {});
  // Controlled, so the form reset React does after an action cannot show a stale role.
  const [value, setValue] = useState<Role>(role);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        Role of {name}
      </label>
      <select
        id={`role-${id}`}
        name="role"
        value={value}
        onChange={(event) => setValue(event.target.value as Role)}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm font-medium hover:bg-stone-50 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Change"}
      </button>
      {state.error && (
        <span role="alert" className="text-xs text-red-700">
          {state.error}
        </span>
      )}
      {state.saved && !pending && (
        <span role="status" className="text-xs text-emerald-800">
          Saved
        </span>
      )}
    </form>
  );
}
