import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/ChangePasswordForm";
import { DeactivateAccountForm } from "@/components/auth/DeactivateAccountForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor("/account");
  return (
    <div className="max-w-md space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="mt-1 text-stone-600">
          Signed in as {actor.name} ({actor.role}). An administrator changes names and roles on the People page.
        </p>
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Change your password</h2>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Deactivate your account</h2>
        <p className="text-sm text-stone-600">You will be signed out everywhere and can no longer sign in. Your comments and reviews stay, under your name.</p>
        <DeactivateAccountForm />
      </section>
    </div>
  );
}
