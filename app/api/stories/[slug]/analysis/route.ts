import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { handleRoute } from "@/lib/http/handle-route";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";

type Context = { params: Promise<{ slug: string }> };

/** The state of the story's background analysis: queued, running (with its stage), done or failed. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => getAnalysisStatus(await getCurrentActor(), slug));
}
