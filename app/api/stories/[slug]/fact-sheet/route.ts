import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { toPublicError } from "@/lib/errors";
import { EXPORT_FORMATS, renderFactSheet } from "@/lib/export/render-fact-sheet";
import { parseMatrixFilters } from "@/lib/matrix/matrix-filters";
import { getFactSheet } from "@/lib/stories/get-fact-sheet";
import { parseInput } from "@/lib/validation";

type Context = { params: Promise<{ slug: string }> };

const formatSchema = z.object({ format: z.enum(Object.keys(EXPORT_FORMATS) as [keyof typeof EXPORT_FORMATS]).default("json") });

/** The fact sheet as a download: ?format=json|md|csv|pdf|jsonld, plus the matrix's filters. */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  try {
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams);
    const { format } = parseInput(formatSchema, { format: query.format || undefined }, "format");
    const sheet = await getFactSheet(await getCurrentActor(), slug, parseMatrixFilters(query), url.origin);
    const body = await renderFactSheet(sheet, format, process.env.NEWSROOM_NAME ?? "Triangulate");
    const { extension, type } = EXPORT_FORMATS[format];
    return new Response(body, {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${slug}-fact-sheet.${extension}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const { status, code, message } = toPublicError(error);
    return Response.json({ error: { code, message } }, { status });
  }
}
