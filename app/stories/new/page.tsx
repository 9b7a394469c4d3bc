import type { Metadata } from "next";
import { NewStoryForm } from "@/components/NewStoryForm";
import { createStoryAction } from "../actions";

export const metadata: Metadata = { title: "New story" };

export default function NewStoryPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New story</h1>
        <p className="mt-1 text-stone-600">One story per event. You will add its reports next.</p>
      </div>
      <NewStoryForm createStory={createStoryAction} />
    </div>
  );
}
