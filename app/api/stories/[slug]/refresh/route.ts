import { route } from "@/lib/http/handle-route";
import { refreshReports } from "@/lib/reports/refresh-reports";

/** Checks every URL report of the story for updates; `?report=<id>` checks one. Answers per report. */
export const POST = route<{ slug: string }>({}, async ({ request, actor, params }) => {
  const reportId = new URL(request.url).searchParams.get("report") ?? undefined;
  return { results: await refreshReports(actor, params.slug, { reportId }) };
});
