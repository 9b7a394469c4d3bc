import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute } from "@/lib/http/handle-route";
import { refreshReports } from "@/lib/reports/refresh-reports";

type Context = { params: Promise<{ slug: string }> };

/** Checks every URL report of the story for updates; `?report=<id>` checks one. Answers per report. */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    const reportId = new URL(request.url).searchParams.get("report") ?? undefined;
    return { results: await refreshReports(await getCurrentActor(), slug, { reportId }) };
  });
}
