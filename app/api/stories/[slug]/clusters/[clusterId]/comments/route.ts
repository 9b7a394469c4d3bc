import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { addComment } from "@/lib/review/add-comment";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

/** `{ body }` */
export async function POST(request: Request, { params }: Context) {
  const { slug, clusterId } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return { comment: await addComment(await getCurrentActor(), slug, clusterId, await readJson(request)) };
  }, 201);
}
