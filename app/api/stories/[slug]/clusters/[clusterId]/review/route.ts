import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { getClusterReview } from "@/lib/review/get-cluster-review";
import { setClusterStatus } from "@/lib/review/set-cluster-status";

type Context = { params: Promise<{ slug: string; clusterId: string }> };

/** The claim's review, comments and audit trail. */
export async function GET(_request: Request, { params }: Context) {
  const { slug, clusterId } = await params;
  return handleRoute(async () => getClusterReview(await getCurrentActor(), slug, clusterId));
}

/** `{ status, note?, evidence?, version }`; 409 with `details.current` when the version is stale. */
export async function PUT(request: Request, { params }: Context) {
  const { slug, clusterId } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return { review: await setClusterStatus(await getCurrentActor(), slug, clusterId, await readJson(request)) };
  });
}
