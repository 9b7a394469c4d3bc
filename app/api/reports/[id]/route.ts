import { readJson, route } from "@/lib/http/handle-route";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";
import { deleteReport } from "@/lib/reports/delete-report";
import { getReport } from "@/lib/reports/get-report";
import { listReportVersions } from "@/lib/reports/list-report-versions";
import { updateReport } from "@/lib/reports/update-report";

type Params = { id: string };

export const GET = route<Params>({}, async ({ actor, params: { id } }) => ({
  report: await getReport(actor, id),
  versions: await listReportVersions(actor, id),
}));

/** The report's details corrected; the story's analysis is queued (`analysis`: its state and where to poll it). */
export const PATCH = route<Params>({}, async ({ request, actor, params: { id } }) => {
  const { report, storySlug } = await updateReport(actor, id, await readJson(request));
  return { report, analysis: await getAnalysisStatus(actor, storySlug) };
});

export const DELETE = route<Params>({}, async ({ actor, params: { id } }) => {
  await deleteReport(actor, id);
});
