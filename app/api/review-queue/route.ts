import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { handleRoute } from "@/lib/http/handle-route";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import { parseInput } from "@/lib/validation";

const querySchema = z.object({ story: z.string().regex(/^[a-z0-9-]{1,200}$/).nullable() });

/** Open flags, oldest first; `?story=<slug>` for one story. */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const { story } = parseInput(querySchema, { story: new URL(request.url).searchParams.get("story") }, "query");
    return listReviewQueue(await getCurrentActor(), story);
  });
}
