import { readJson, route } from "@/lib/http/handle-route";
import { getClusterReview } from "@/lib/review/get-cluster-review";
import { setClusterStatus } from "@/lib/review/set-cluster-status";

type Params = { slug: string; clusterId: string };

/** The claim's review, comments and audit trail. */
export const GET = route<Params>({}, async ({ actor, params }) => getClusterReview(actor, params.slug, params.clusterId));

/** `{ status, note?, evidence?, version }`; 409 with `details.current` when the version is stale. */
export const PUT = route<Params>({}, async ({ request, actor, params }) => ({
  review: await setClusterStatus(actor, params.slug, params.clusterId, await readJson(request)),
}));
