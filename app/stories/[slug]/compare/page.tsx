import type { Metadata } from "next";
import Link from "next/link";
import { CompareView } from "@/components/CompareView";
import { reportName } from "@/lib/stories/report-name";
import { FormError } from "@/components/FormMessage";
import { labelClass, inputClass, primaryButtonClass } from "@/components/field-styles";
import { requireActor } from "@/lib/auth/require-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { comparisonQuerySchema, getReportComparison } from "@/lib/stories/get-report-comparison";
import { getStory, type StoryWithReports } from "@/lib/stories/get-story";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const story = await orNotFound(getStory(await requireActor(`/stories/${slug}/compare`), slug));
  return { title: `Compare reports · ${story.title}` };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const actor = await requireActor(comparePath(slug, query));
  const story = await orNotFound(getStory(actor, slug));
  const parsed = comparisonQuerySchema.safeParse({ a: query.a, b: query.b });
  const asked = query.a !== undefined || query.b !== undefined;
  const comparison = parsed.success ? await orNotFound(getReportComparison(actor, slug, parsed.data)) : null;
  const problem = !parsed.success && asked ? sentence(parsed.error.issues.map((issue) => issue.message)) : undefined;

  return (
    <div className="space-y-8">
      <nav className="text-sm text-stone-600" aria-label="Story">
        <Link href={`/stories/${story.slug}`} className="text-accent hover:underline">
          ← {story.title}
        </Link>
        <span aria-hidden className="mx-2 text-stone-600">
          ·
        </span>
        <Link href={`/stories/${story.slug}/entities`} className="text-accent hover:underline">
          People, places and organisations
        </Link>
      </nav>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">Compare</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">Two reports, claim by claim</h1>
      </div>
      <ReportPicker story={story} selected={parsed.success ? parsed.data : { a: pick(query.a), b: pick(query.b) }} problem={problem} />
      {comparison ? (
        <CompareView comparison={comparison} />
      ) : (
        !problem && story.reports.length >= 2 && <p className="text-stone-700">Choose two reports above to put them side by side.</p>
      )}
    </div>
  );
}

/** A plain GET form: the comparison's address is shareable and needs no script. */
function ReportPicker({ story, selected, problem }: { story: StoryWithReports; selected: { a?: string; b?: string }; problem?: string }) {
  if (story.reports.length < 2) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
        This story has {story.reports.length === 0 ? "no reports" : "one report"}; add another to compare them.{" "}
        <Link href={`/stories/${story.slug}`} className="text-accent underline">
          Add reports
        </Link>
      </p>
    );
  }
  const ids = new Set(story.reports.map((report) => report.id));
  const a = selected.a && ids.has(selected.a) ? selected.a : story.reports[0]!.id;
  const b = selected.b && ids.has(selected.b) ? selected.b : story.reports.find((report) => report.id !== a)!.id;
  return (
    <form method="get" action={`/stories/${story.slug}/compare`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <FormError message={problem} />
      <div className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end">
        {(["a", "b"] as const).map((side) => (
          <div key={side} className="min-w-0">
            <label htmlFor={`report-${side}`} className={labelClass}>
              Report {side.toUpperCase()}
            </label>
            <select id={`report-${side}`} name={side} defaultValue={side === "a" ? a : b} className={inputClass}>
              {story.reports.map((report) => (
                <option key={report.id} value={report.id}>
                  {reportName(report)}
                  {report.outletName && report.title ? ` — ${report.title}` : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className={primaryButtonClass}>
          Compare
        </button>
      </div>
    </form>
  );
}

function pick(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value.toLowerCase() : undefined;
}

function sentence(messages: string[]): string {
  const text = [...new Set(messages)].join("; ");
  return `Cannot compare: ${text}.`;
}

/** This page's address, to come back to after signing in. */
function comparePath(slug: string, query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const side of ["a", "b"]) {
    const value = query[side];
    if (typeof value === "string") params.set(side, value);
  }
  const search = params.toString();
  return `/stories/${slug}/compare${search ? `?${search}` : ""}`;
}
