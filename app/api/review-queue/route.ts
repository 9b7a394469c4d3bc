import { route } from "@/lib/http/handle-route";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { strictQueueFiltersSchema } from "@/lib/review/review-queue-filters";
import { parseInput } from "@/lib/validation";

/** Open flags, contradictions first, then oldest; `?story=<slug>&flag=…&kind=…` to narrow. */
export const GET = route({}, async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const filters = parseInput(strictQueueFiltersSchema, { story: params.get("story"), flag: params.get("flag"), kind: params.get("kind") }, "query");
  return listReviewQueue(actor, filters);
});
