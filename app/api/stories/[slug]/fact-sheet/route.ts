import { z } from "zod";
import { assertPublishable, publicBaseUrl } from "@/lib/export/public-url";
import { EXPORT_FORMATS, renderFactSheet } from "@/lib/export/render-fact-sheet";
import { route } from "@/lib/http/handle-route";
import { parseMatrixFilters } from "@/lib/matrix/matrix-filters";
import { getFactSheet } from "@/lib/stories/get-fact-sheet";
import { parseInput } from "@/lib/validation";

const querySchema = z.object({
  format: z.enum(Object.keys(EXPORT_FORMATS) as [keyof typeof EXPORT_FORMATS]).default("json"),
  reviewed: z.enum(["1"], { message: "reviewed=1 exports reviewed claims only" }).optional(),
});

/** The fact sheet as a download: ?format=json|md|csv|pdf|jsonld, &reviewed=1, plus the matrix's filters. */
export const GET = route<{ slug: string }>({}, async ({ request, actor, params: { slug } }) => {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const { format, reviewed } = parseInput(querySchema, { format: query.format || undefined, reviewed: query.reviewed || undefined }, "query");
  const baseUrl = publicBaseUrl(url.origin);
  if (format === "jsonld") assertPublishable(baseUrl);
  const sheet = await getFactSheet(actor, slug, parseMatrixFilters(query), baseUrl, { reviewedOnly: !!reviewed });
  const body = await renderFactSheet(sheet, format, process.env.NEWSROOM_NAME ?? "Triangulate");
  const { extension, type } = EXPORT_FORMATS[format];
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${slug}-fact-sheet${reviewed ? "-reviewed" : ""}.${extension}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
