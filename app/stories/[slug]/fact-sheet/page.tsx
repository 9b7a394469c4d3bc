import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { FactSheetView } from "@/components/FactSheetView";
import { PrintButton } from "@/components/PrintButton";
import { requireActor } from "@/lib/auth/require-actor";
import { EXPORT_FORMATS } from "@/lib/export/render-fact-sheet";
import { orNotFound } from "@/lib/http/or-not-found";
import { parseMatrixFilters, toQueryString } from "@/lib/matrix/matrix-filters";
import { getFactSheet } from "@/lib/stories/get-fact-sheet";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Fact sheet" };

const LABELS: Record<keyof typeof EXPORT_FORMATS, string> = { pdf: "PDF", md: "Markdown", csv: "CSV", json: "JSON", jsonld: "ClaimReview JSON-LD" };

export default async function FactSheetPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const filters = { ...parseMatrixFilters(await searchParams), page: undefined };
  const actor = await requireActor(`/stories/${slug}/fact-sheet`);
  const host = (await headers()).get("host") ?? "localhost";
  const sheet = await orNotFound(getFactSheet(actor, slug, filters, `${process.env.APP_PROTOCOL ?? "http"}://${host}`));
  const query = toQueryString(filters);
  const download = (format: string) => `/api/stories/${slug}/fact-sheet${query ? `${query}&` : "?"}format=${format}`;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/stories/${slug}${query}`} className="text-sm text-accent hover:underline">← Back to the matrix</Link>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <PrintButton />
          {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((format) => (
            <a key={format} href={download(format)} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-ink hover:bg-stone-50">
              {LABELS[format]}
            </a>
          ))}
        </div>
      </div>
      <FactSheetView sheet={sheet} />
    </div>
  );
}
