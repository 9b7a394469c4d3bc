import Link from "next/link";
import type { ClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import { toQueryString, type MatrixFilters } from "@/lib/matrix/matrix-filters";
import { REVIEW_STATUSES, STATUS_LABEL } from "@/lib/review/review-status";
import { VERDICT_STYLE } from "./verdict-style";
import { KIND_LABEL } from "@/lib/ui-vocabulary";

type Props = { matrix: ClaimMatrix; entities: { id: string; canonical: string }[]; filters: MatrixFilters; storyPath: string };

const selectClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so any view can be bookmarked or shared. */
export function MatrixFiltersForm({ matrix, entities, filters, storyPath }: Props) {
  const tabs = [
    { verdict: undefined, label: `All (${matrix.totalRows})` },
    ...(["contradict", "single", "agree"] as const).map((verdict) => ({ verdict, label: `${VERDICT_STYLE[verdict].label} (${matrix.counts[verdict]})` })),
  ];
  return (
    <div className="space-y-3">
      <nav aria-label="Verdict" className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = filters.verdict === tab.verdict;
          return (
            <Link
              key={tab.label}
              href={`${storyPath}${toQueryString({ ...filters, verdict: tab.verdict, page: undefined })}`}
              aria-current={active ? "page" : undefined}
              className={`rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset ${active ? "bg-ink text-white ring-ink" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50"}`}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
      <form
        method="get"
        action={storyPath}
        className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm md:grid-cols-[repeat(4,minmax(0,1fr))_minmax(0,1.5fr)_auto]"
      >
        {filters.verdict && <input type="hidden" name="verdict" value={filters.verdict} />}
        <label className="text-xs font-medium text-stone-700">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className={selectClass}>
            <option value="">All kinds</option>
            {Object.entries(KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-stone-700">
          Entity
          <select name="entity" defaultValue={filters.entity ?? ""} className={selectClass}>
            <option value="">Anyone, anywhere</option>
            {entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.canonical}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-stone-700">
          Source
          <select name="source" defaultValue={filters.source ?? ""} className={selectClass}>
            <option value="">All reports</option>
            {matrix.columns.map((report) => (
              <option key={report.id} value={report.id}>
                {report.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-stone-700">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={selectClass}>
            <option value="">Any status</option>
            {REVIEW_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 text-xs font-medium text-stone-700 md:col-span-1">
          Search
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words in the claims" className={selectClass} />
        </label>
        <div className="col-span-2 flex items-end gap-2 md:col-span-1">
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
            Apply
          </button>
          <Link href={storyPath} className="px-1 py-1.5 text-sm text-stone-600 underline">
            Clear
          </Link>
        </div>
      </form>
    </div>
  );
}
