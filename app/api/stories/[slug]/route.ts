import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute } from "@/lib/http/handle-route";
import { deleteStory } from "@/lib/stories/delete-story";
import { getStory } from "@/lib/stories/get-story";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => ({ story: await getStory(await getCurrentActor(), slug) }));
}

export async function DELETE(request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return deleteStory(await getCurrentActor(), slug);
  });
}
