import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { handleRoute } from "@/lib/http/handle-route";
import { deleteStory } from "@/lib/stories/delete-story";
import { getStory } from "@/lib/stories/get-story";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => ({ story: await getStory(await getCurrentActor(), slug) }));
}

export async function DELETE(_request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => deleteStory(await getCurrentActor(), slug));
}
