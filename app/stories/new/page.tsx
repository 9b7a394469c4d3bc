import type { Metadata } from "next";
import { NewStoryForm } from "@/components/NewStoryForm";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { createStoryAction } from "../actions";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const actor = await requireActor("/stories/new");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New story</h1>
        <p className="mt-1 text-stone-600">One story per event. You will add its reports next.</p>
      </div>
      {can(actor, "story:create") ? (
        <NewStoryForm createStory={createStoryAction} />
      ) : (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Your role ({actor.role}) may read stories but not start them; an administrator can change your role.
        </p>
      )}
    </div>
  );
}
