import type { Metadata } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/auth/AccountMenu";
import { can } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Triangulate", template: "%s · Triangulate" },
  description: "Compare reports of one event claim by claim: what they agree on, where they contradict, and who is really independent.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="border-b border-stone-300 bg-white print:hidden">
          <div className="mx-auto flex max-w-[96rem] flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-ink">
              <span aria-hidden className="inline-block h-0 w-0 border-x-[9px] border-b-[15px] border-x-transparent border-b-accent" />
              Triangulate
            </Link>
            <nav className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
              {actor && (
                <Link href="/" className="text-stone-700 hover:text-ink">
                  Stories
                </Link>
              )}
              {actor && (
                <Link href="/review" className="text-stone-700 hover:text-ink">
                  Review queue
                </Link>
              )}
              {actor && (
                <Link href="/search" className="text-stone-700 hover:text-ink">
                  Search
                </Link>
              )}
              {can(actor, "people:manage") && (
                <Link href="/admin/people" className="text-stone-700 hover:text-ink">
                  People
                </Link>
              )}
              {can(actor, "story:create") && (
                <Link href="/stories/new" className="rounded-md bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-strong">
                  New story
                </Link>
              )}
              <AccountMenu actor={actor} signOut={signOutAction} />
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-[96rem] px-4 py-8 outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
