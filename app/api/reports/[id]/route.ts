import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { deleteReport } from "@/lib/reports/delete-report";
import { getReport } from "@/lib/reports/get-report";
import { updateReport } from "@/lib/reports/update-report";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => ({ report: await getReport(await getCurrentActor(), id) }));
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
