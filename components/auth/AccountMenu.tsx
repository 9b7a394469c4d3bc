import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";

/** Who is signed in, with their role (it decides what the pages offer), and the way out. */
export function AccountMenu({ actor, signOut }: { actor: Actor | null; signOut: () => Promise<void> }) {
  if (!actor)
    return (
      <Link href="/sign-in" className="text-stone-700 hover:text-ink">
        Sign in
      </Link>
    );
  return (
    <form action={signOut} className="flex items-center gap-2">
      <span className="text-stone-700">
        <Link href="/account" className="hover:text-ink hover:underline">
          {actor.name}
        </Link>{" "}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-600">{actor.role}</span>
      </span>
      <button type="submit" className="text-stone-600 underline hover:text-ink">
        Sign out
      </button>
    </form>
  );
}
