import { GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem } from "@/lib/export/fact-sheet";
import { STATUS_LABEL } from "@/lib/review/review-status";

const GROUP_STYLE: Record<string, string> = {
  contradicted: "border-rose-400",
  confirmed: "border-emerald-500",
  singleSource: "border-amber-400",
  unverified: "border-stone-400",
};

/** The fact sheet as a printable page. Report text is rendered as text only. */
export function FactSheetView({ sheet }: { sheet: FactSheet }) {
  const outlet = new Map(sheet.sources.map((source) => [source.reportId, source.outlet]));
  return (
    <article className="space-y-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none sm:p-8">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">Fact sheet</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{sheet.story.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          Event {sheet.story.eventDate ?? "date unknown"} · made {sheet.generatedAt.replace("T", " ").slice(0, 16)} UTC
          {Object.keys(sheet.filters).length > 0 && <> · filters: {Object.entries(sheet.filters).map(([key, value]) => `${key}=${value}`).join(", ")}</>}
        </p>
      </header>
      <section aria-labelledby="sources-heading" className="break-inside-avoid">
        <h2 id="sources-heading" className="text-lg font-semibold">Sources</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {sheet.families.map((family) => (
            <li key={family.label + family.reportIds[0]}>
              <span className="font-medium">{family.label}</span>: {family.reportIds.length} report{family.reportIds.length === 1 ? "" : "s"}, 1 independent
              <span className="text-stone-600"> ({family.reportIds.map((id) => outlet.get(id) ?? id).join("; ")})</span>
            </li>
          ))}
        </ul>
      </section>
      {SHEET_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className={`border-l-4 pl-2 text-lg font-semibold ${GROUP_STYLE[group]}`}>
            {GROUP_TITLES[group]} ({sheet.groups[group].length})
          </h2>
          {sheet.groups[group].length === 0 && <p className="mt-2 text-sm text-stone-600">None.</p>}
          <ol className="mt-3 space-y-4">
            {sheet.groups[group].map((item) => <SheetItem key={item.clusterId} item={item} outlet={outlet} />)}
          </ol>
        </section>
      ))}
    </article>
  );
}

function SheetItem({ item, outlet }: { item: FactSheetItem; outlet: Map<string, string> }) {
  return (
    <li className="break-inside-avoid">
      <p className="font-serif font-semibold text-ink">{item.summary}</p>
      <p className="text-xs text-stone-600">
        {item.kind} · {item.reportCount} report(s), {item.independentCount} independent · review: {STATUS_LABEL[item.review?.status ?? "unverified"]}
      </p>
      <p className="text-sm text-stone-800">{item.reason}</p>
      {item.review?.note && <p className="text-sm text-stone-800">Editor&apos;s note ({item.review.reviewedBy}): {item.review.note}</p>}
      {item.review?.evidence.map((link) => <p key={link} className="break-all text-sm text-accent">Evidence: {link}</p>)}
      <ul className="mt-1 space-y-0.5 text-sm">
        {item.mentions.map((mention) => (
          <li key={`${mention.reportId}:${mention.start}`} className="pl-3 text-stone-800">
            <span className="font-medium">{outlet.get(mention.reportId)}</span>: “{mention.text}” <span className="text-xs text-stone-600">(chars {mention.start}–{mention.end})</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
