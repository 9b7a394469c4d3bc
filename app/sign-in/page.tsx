import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeReturnPath([(await searchParams).next].flat()[0]);
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-stone-600">Triangulate is for the newsroom: ask an administrator for an account.</p>
      </div>
      <SignInForm next={next} />
    </div>
  );
}
