import { route } from "@/lib/http/handle-route";
import { deleteStory } from "@/lib/stories/delete-story";
import { getStory } from "@/lib/stories/get-story";

export const GET = route<{ slug: string }>({}, async ({ actor, params }) => ({ story: await getStory(actor, params.slug) }));

export const DELETE = route<{ slug: string }>({}, async ({ actor, params }) => deleteStory(actor, params.slug));
