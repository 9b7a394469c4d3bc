import { readJson, route } from "@/lib/http/handle-route";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";
import { diffReportVersions, listReportVersions, versionPairSchema } from "@/lib/reports/list-report-versions";
import { uploadReportVersion } from "@/lib/reports/upload-report-version";
import { parseInput } from "@/lib/validation";

type Params = { id: string };

/** The report's versions; with `?from=1&to=2`, also the word-level difference between two of them. */
export const GET = route<Params>({}, async ({ request, actor, params: { id } }) => {
  const query = new URL(request.url).searchParams;
  const versions = await listReportVersions(actor, id);
  if (!query.has("from") && !query.has("to")) return { versions };
  const pair = parseInput(versionPairSchema, { from: query.get("from"), to: query.get("to") }, "versions to compare");
  return { versions, diff: await diffReportVersions(actor, id, pair) };
});

/**
 * An editor's corrected text: `{ "text", "format"? }`, kept as the report's new version. Answers
 * 202: the story's analysis is queued (`analysis`: its state and where to poll it).
 */
export const POST = route<Params>({ status: 202 }, async ({ request, actor, params: { id } }) => {
  const { version, storySlug } = await uploadReportVersion(actor, id, await readJson(request));
  return { version, analysis: await getAnalysisStatus(actor, storySlug) };
});
