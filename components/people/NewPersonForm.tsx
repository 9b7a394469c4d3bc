"use client";

import { useActionState, useEffect, useRef } from "react";
import { ROLES } from "@/lib/auth/actor";
import type { FormAction, FormState } from "@/lib/form-state";
import { inputClass, labelClass, primaryButtonClass } from "../field-styles";
import { FormError, FormSuccess } from "../FormMessage";

export function NewPersonForm({ create }: { create: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(create, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.saved) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2">
      <label className={labelClass}>
        Name
        <input name="name" required maxLength={100} className={inputClass} />
      </label>
      <label className={labelClass}>
        Email
        <input name="email" type="email" required className={inputClass} />
      </label>
      <label className={labelClass}>
        First password <span className="font-normal text-stone-600">(12 characters or more, not a common one; tell them privately)</span>
        <input name="password" type="password" required minLength={12} maxLength={128} autoComplete="new-password" className={inputClass} />
      </label>
      <label className={labelClass}>
        Role
        <select name="role" defaultValue="reader" className={inputClass}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </label>
      <div className="space-y-2 sm:col-span-2">
        <FormError message={state.error} />
        {state.saved && <FormSuccess>Account created.</FormSuccess>}
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
