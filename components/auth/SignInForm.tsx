"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { inputClass, labelClass, primaryButtonClass } from "../field-styles";
import { FormError } from "../FormMessage";

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await authClient.signIn.email({ email: String(form.get("email")).trim(), password: String(form.get("password")) });
    if (result.error) {
      setPending(false);
      // One message for a wrong email and a wrong password: which one it was is nobody's business.
      setError(result.error.status === 429 ? "Too many attempts; wait a few seconds and try again." : "That email and password do not match an account.");
      return;
    }
    // A full load, so every server component renders for the signed-in person.
    window.location.assign(next);
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <FormError message={error} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
