import { readJson, route } from "@/lib/http/handle-route";
import { deleteReport } from "@/lib/reports/delete-report";
import { getReport } from "@/lib/reports/get-report";
import { listReportVersions } from "@/lib/reports/list-report-versions";
import { updateReport } from "@/lib/reports/update-report";

type Params = { id: string };

export const GET = route<Params>({}, async ({ actor, params: { id } }) => ({ report: await getReport(actor, id), versions: await listReportVersions(actor, id) }));

export const PATCH = route<Params>({}, async ({ request, actor, params: { id } }) => ({ report: await updateReport(actor, id, await readJson(request)) }));

export const DELETE = route<Params>({}, async ({ actor, params: { id } }) => {
  await deleteReport(actor, id);
});
