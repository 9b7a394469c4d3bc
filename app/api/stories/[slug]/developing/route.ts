import { readJson, route } from "@/lib/http/handle-route";
import { setStoryDeveloping } from "@/lib/stories/set-story-developing";

/** `{ "developing": true }` has the story's URL reports checked for updates on a schedule. */
export const PUT = route<{ slug: string }>({}, async ({ request, actor, params }) => setStoryDeveloping(actor, params.slug, await readJson(request)));
