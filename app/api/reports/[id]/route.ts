import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { deleteReport } from "@/lib/reports/delete-report";
import { getReport } from "@/lib/reports/get-report";
import { listReportVersions } from "@/lib/reports/list-report-versions";
import { updateReport } from "@/lib/reports/update-report";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => {
    const actor = await getCurrentActor();
    return { report: await getReport(actor, id), versions: await listReportVersions(actor, id) };
  });
}

export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return { report: await updateReport(await getCurrentActor(), id, await readJson(request)) };
  });
}

export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    await deleteReport(await getCurrentActor(), id);
  });
}
