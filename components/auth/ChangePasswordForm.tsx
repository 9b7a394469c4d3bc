"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { inputClass, labelClass, primaryButtonClass } from "../field-styles";
import { FormError, FormSuccess } from "../FormMessage";

/** Through Better Auth's endpoint, which checks the current password and signs out other sessions. */
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword"));
    setError(undefined);
    setDone(false);
    if (newPassword !== String(form.get("repeatPassword"))) return setError("The two new passwords differ.");
    setPending(true);
    const result = await authClient.changePassword({ currentPassword: String(form.get("currentPassword")), newPassword, revokeOtherSessions: true });
    setPending(false);
    if (result.error)
      return setError(
        result.error.status === 401 || result.error.code === "INVALID_PASSWORD"
          ? "Your current password is not right."
          : (result.error.message ?? "The password could not be changed."),
      );
    formElement.reset();
    setDone(true);
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <div>
        <label htmlFor="currentPassword" className={labelClass}>
          Current password
        </label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="newPassword" className={labelClass}>
          New password
        </label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          maxLength={128}
          aria-describedby="newPasswordHelp"
          className={inputClass}
        />
        <p id="newPasswordHelp" className="mt-1 text-xs text-stone-600">
          At least {minLength} characters; common passwords are refused. A few unrelated words make a good one.
        </p>
      </div>
      <div>
        <label htmlFor="repeatPassword" className={labelClass}>
          New password again
        </label>
        <input id="repeatPassword" name="repeatPassword" type="password" autoComplete="new-password" required className={inputClass} />
      </div>
      <FormError message={error} />
      {done && <FormSuccess>Your password is changed; your other sessions are signed out.</FormSuccess>}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
