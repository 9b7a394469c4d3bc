import { StoryList } from "@/components/StoryList";
import { requireActor } from "@/lib/auth/require-actor";
import { listStories } from "@/lib/stories/list-stories";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const stories = await listStories(await requireActor("/"));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Stories</h1>
        <p className="mt-1 max-w-2xl text-stone-600">Each story gathers the reports of one event, so their claims can be compared side by side.</p>
      </div>
      <StoryList stories={stories} />
    </div>
  );
}
