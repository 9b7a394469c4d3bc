import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/handle-route";
import { addReports } from "@/lib/reports/add-reports";
import { addReportsByUrl } from "@/lib/reports/add-reports-by-url";
import { getAnalysisStatus } from "@/lib/jobs/get-analysis-status";
import { readUploadForm } from "@/lib/reports/read-upload-form";

/**
 * JSON `{ reports: [...] }` or `{ urls: [...] }` (answered per address), or a multipart form with
 * `files` and/or pasted `text`. Answers 202: the reports are stored and the story's analysis is
 * queued; `analysis` has the job's id and `poll`, the URL of its state.
 */
export const POST = route<{ slug: string }>({ status: 202 }, async ({ request, actor, params: { slug } }) => {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw new AppError("bad_request", "The upload could not be read as a form.");
    });
    const reports = await addReports(actor, slug, await readUploadForm(form));
    return { reports, analysis: await getAnalysisStatus(actor, slug) };
  }
  const body = await readJson(request);
  if (body && typeof body === "object" && "urls" in body)
    return { results: await addReportsByUrl(actor, slug, body), analysis: await getAnalysisStatus(actor, slug) };
  const reports = await addReports(actor, slug, body);
  return { reports, analysis: await getAnalysisStatus(actor, slug) };
});
