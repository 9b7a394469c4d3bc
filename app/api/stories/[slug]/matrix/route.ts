import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { handleRoute } from "@/lib/http/handle-route";
import { parseMatrixFilters } from "@/lib/matrix/matrix-filters";
import { getClaimMatrix } from "@/lib/stories/get-claim-matrix";

type Context = { params: Promise<{ slug: string }> };

/** The matrix as JSON; accepts the same filters as the story page's URL. */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const filters = parseMatrixFilters(Object.fromEntries(new URL(request.url).searchParams));
  return handleRoute(async () => getClaimMatrix(await getCurrentActor(), slug, filters));
}
