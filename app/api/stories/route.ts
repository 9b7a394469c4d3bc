import { readJson, route } from "@/lib/http/handle-route";
import { createStory } from "@/lib/stories/create-story";
import { listStories } from "@/lib/stories/list-stories";

export const GET = route({}, async ({ actor }) => ({ stories: await listStories(actor) }));

export const POST = route({ status: 201 }, async ({ request, actor }) => ({ story: await createStory(actor, await readJson(request)) }));
