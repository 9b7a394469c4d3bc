"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { dangerButtonClass, inputClass, labelClass } from "../field-styles";
import { FormError } from "../FormMessage";

export function DeactivateAccountForm() {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await authClient.deleteUser({ password: String(form.get("password")) });
    if (result.error) {
      setPending(false);
      return setError(result.error.status === 409 ? (result.error.message ?? "You cannot leave yet.") : "Your password is not right.");
    }
    // A full load, not a client navigation: the deleted account's session and cached pages must go.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/sign-in");
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-red-200 bg-white p-5 shadow-sm">
      <div>
        <label htmlFor="deactivatePassword" className={labelClass}>
          Your password, to confirm
        </label>
        <input id="deactivatePassword" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <FormError message={error} />
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Deactivating…" : "Deactivate my account"}
      </button>
    </form>
  );
}
