import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { createStory } from "@/lib/stories/create-story";
import { listStories } from "@/lib/stories/list-stories";

export async function GET() {
  return handleRoute(async () => ({ stories: await listStories(await getCurrentActor()) }));
}

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    return { story: await createStory(await getCurrentActor(), await readJson(request)) };
  }, 201);
}
