import { route } from "@/lib/http/handle-route";
import { parseMatrixFilters } from "@/lib/matrix/matrix-filters";
import { getClaimMatrix } from "@/lib/stories/get-claim-matrix";

/** The matrix as JSON; accepts the same filters as the story page's URL. */
export const GET = route<{ slug: string }>({}, async ({ request, actor, params }) =>
  getClaimMatrix(actor, params.slug, parseMatrixFilters(Object.fromEntries(new URL(request.url).searchParams))),
);
