import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { setStoryDeveloping } from "@/lib/stories/set-story-developing";

type Context = { params: Promise<{ slug: string }> };

/** `{ "developing": true }` has the story's URL reports checked for updates on a schedule. */
export async function PUT(request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return setStoryDeveloping(await getCurrentActor(), slug, await readJson(request));
  });
}
