import { route } from "@/lib/http/handle-route";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";
import { refreshReports } from "@/lib/reports/refresh-reports";

/**
 * Checks every URL report of the story for updates; `?report=<id>` checks one. Answers per report;
 * a changed page queues the story's analysis (`analysis`: its state and where to poll it).
 */
export const POST = route<{ slug: string }>({}, async ({ request, actor, params }) => {
  const reportId = new URL(request.url).searchParams.get("report") ?? undefined;
  const results = await refreshReports(actor, params.slug, { reportId });
  return { results, analysis: await getAnalysisStatus(actor, params.slug) };
});
