import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { z } from "zod";
import { FactSheetView } from "@/components/FactSheetView";
import { PrintButton } from "@/components/PrintButton";
import { requireActor } from "@/lib/auth/require-actor";
import { publicBaseUrl } from "@/lib/export/public-url";
import { EXPORT_FORMATS } from "@/lib/export/render-fact-sheet";
import { orNotFound } from "@/lib/http/or-not-found";
import { parseMatrixFilters, toQueryString } from "@/lib/matrix/matrix-filters";
import { getFactSheet } from "@/lib/stories/get-fact-sheet";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Fact sheet" };

const LABELS: Record<keyof typeof EXPORT_FORMATS, string> = { pdf: "PDF", md: "Markdown", csv: "CSV", json: "JSON", jsonld: "ClaimReview JSON-LD" };
const sheetOptions = z.object({
  reviewed: z.literal("1").optional().catch(undefined),
  part: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function FactSheetPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const filters = { ...parseMatrixFilters(raw), page: undefined };
  const { reviewed, part } = sheetOptions.parse({ reviewed: [raw.reviewed].flat()[0], part: [raw.part].flat()[0] ?? 1 });
  const actor = await requireActor(`/stories/${slug}/fact-sheet`);
  const host = (await headers()).get("host") ?? "localhost";
  const baseUrl = publicBaseUrl(`${process.env.APP_PROTOCOL ?? "http"}://${host}`);
  const sheet = await orNotFound(getFactSheet(actor, slug, filters, baseUrl, { reviewedOnly: !!reviewed }));
  const query = toQueryString(filters);
  const withOptions = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams(query.slice(1));
    for (const [key, value] of Object.entries({ reviewed, ...extra })) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `?${text}` : "";
  };
  const download = (format: string) => `/api/stories/${slug}/fact-sheet${withOptions({ format })}`;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/stories/${slug}${query}`} className="text-sm text-accent hover:underline">
          ← Back to the matrix
        </Link>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <PrintButton />
          {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((format) => (
            <a
              key={format}
              href={download(format)}
              download
              className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-ink hover:bg-stone-50"
            >
              {LABELS[format]}
            </a>
          ))}
        </div>
      </div>
      <p className="text-sm print:hidden">
        {reviewed ? (
          <>
            Showing reviewed claims only.{" "}
            <Link href={`/stories/${slug}/fact-sheet${query}`} className="text-accent underline">
              Show every claim
            </Link>
          </>
        ) : (
          <Link href={`/stories/${slug}/fact-sheet${withOptions({ reviewed: "1" })}`} className="text-accent underline">
            Reviewed claims only
          </Link>
        )}
      </p>
      <FactSheetView
        sheet={sheet}
        part={part}
        partHref={(number) => `/stories/${slug}/fact-sheet${withOptions({ part: number > 1 ? String(number) : undefined })}`}
      />
    </div>
  );
}
