import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { handleRoute, readJson } from "@/lib/http/handle-route";
import { diffReportVersions, listReportVersions, versionPairSchema } from "@/lib/reports/list-report-versions";
import { uploadReportVersion } from "@/lib/reports/upload-report-version";
import { parseInput } from "@/lib/validation";

type Context = { params: Promise<{ id: string }> };

/** The report's versions; with `?from=1&to=2`, also the word-level difference between two of them. */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => {
    const actor = await getCurrentActor();
    const query = new URL(request.url).searchParams;
    const versions = await listReportVersions(actor, id);
    if (!query.has("from") && !query.has("to")) return { versions };
    const pair = parseInput(versionPairSchema, { from: query.get("from"), to: query.get("to") }, "versions to compare");
    return { versions, diff: await diffReportVersions(actor, id, pair) };
  });
}

/** An editor's corrected text: `{ "text", "format"? }`, kept as the report's new version. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return handleRoute(async () => {
    assertSameOrigin(request);
    return uploadReportVersion(await getCurrentActor(), id, await readJson(request));
  }, 201);
}
