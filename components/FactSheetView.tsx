import Link from "next/link";
import { countsLine, outletLookup, reviewLine, safeUrl, sideLines, sourcesLine, wordings, type OutletOf } from "@/lib/export/describe-item";
import { FULL_GROUPS, GROUP_TITLES, SHEET_GROUPS, type FactSheet, type FactSheetItem, type SheetGroup } from "@/lib/export/fact-sheet";

const GROUP_STYLE: Record<SheetGroup, string> = {
  contradicted: "border-rose-500",
  confirmed: "border-emerald-600",
  singleSource: "border-amber-500",
  needsSource: "border-stone-500",
};

/** Claims on one page of the printable sheet: a story of thousands is read in parts, not as one 9 MB page. */
export const SHEET_PAGE_SIZE = 300;

/**
 * The fact sheet as a printable page: contradictions (by side) and confirmed claims in full,
 * the rest one line each, provenance in an appendix. Report text is rendered as text only.
 * `part` (from 1) picks which SHEET_PAGE_SIZE claims to show; `partHref` links the others.
 */
export function FactSheetView({ sheet, part, partHref }: { sheet: FactSheet; part: number; partHref: (part: number) => string }) {
  const outletOf = outletLookup(sheet);
  const updated = sheet.sources.filter((source) => source.textVersion > 1);
  const total = SHEET_GROUPS.reduce((sum, group) => sum + sheet.groups[group].length, 0);
  const parts = Math.max(1, Math.ceil(total / SHEET_PAGE_SIZE));
  const from = (Math.min(part, parts) - 1) * SHEET_PAGE_SIZE;
  let offset = 0;
  const shown = SHEET_GROUPS.map((group) => {
    const items = sheet.groups[group];
    const start = Math.max(0, from - offset);
    const end = Math.max(0, Math.min(items.length, from + SHEET_PAGE_SIZE - offset));
    offset += items.length;
    return { group, items: items.slice(start, end), all: items.length, start };
  });
  return (
    <article className="space-y-6 rounded-lg border border-stone-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none sm:p-8">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-accent">Fact sheet</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight">{sheet.story.title}</h1>
        <p className="mt-2 text-sm text-stone-700">
          Event {sheet.story.eventDate ?? "date unknown"} · made {sheet.generatedAt.replace("T", " ").slice(0, 16)} UTC
          {Object.keys(sheet.filters).length > 0 && (
            <>
              {" "}
              · filters:{" "}
              {Object.entries(sheet.filters)
                .map(([key, value]) => `${key}=${value}`)
                .join(", ")}
            </>
          )}
        </p>
        <p className="mt-1 text-sm font-medium text-ink" data-testid="sheet-counts">
          {countsLine(sheet)}
        </p>
      </header>
      <section aria-labelledby="sources-heading" className="break-inside-avoid">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h2>
        <ul className="mt-1 space-y-0.5 text-sm">
          {sheet.families.map((family) => (
            <li key={family.label + family.reportIds[0]}>
              <span className="font-medium">{family.label}</span>:{" "}
              {family.reportIds.length === 1 ? "1 report" : `${family.reportIds.length} reports, 1 independent`}
              <span className="text-stone-700"> ({family.reportIds.map(outletOf).join("; ")})</span>
            </li>
          ))}
        </ul>
        {updated.length > 0 && (
          <p className="mt-2 text-sm text-stone-700">
            Read from the latest version of each report:{" "}
            {updated.map((source) => `${source.outlet}, version ${source.textVersion} (${source.versionAt.replace("T", " ").slice(0, 16)} UTC)`).join("; ")};
            the others are as first added.
          </p>
        )}
      </section>
      {shown.map(
        ({ group, items, all, start }) =>
          (all === 0 || items.length > 0 || parts === 1) && (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`} className={`border-l-4 pl-2 text-lg font-semibold ${GROUP_STYLE[group]}`}>
                {GROUP_TITLES[group]} ({all})
                {items.length < all && (
                  <span className="text-sm font-normal text-stone-700">
                    {" "}
                    · {start + 1}–{start + items.length} here
                  </span>
                )}
              </h2>
              {all === 0 && <p className="mt-1 text-sm text-stone-700">None.</p>}
              {FULL_GROUPS.includes(group) ? (
                <ol className="mt-2 space-y-3">
                  {items.map((item) => (
                    <FullItem key={item.clusterId} item={item} outletOf={outletOf} />
                  ))}
                </ol>
              ) : (
                <ul className="mt-2 space-y-0.5 text-sm">
                  {items.map((item) => (
                    <BriefItem key={item.clusterId} item={item} outletOf={outletOf} />
                  ))}
                </ul>
              )}
            </section>
          ),
      )}
      {parts > 1 && (
        <nav aria-label="Parts of the fact sheet" className="flex flex-wrap items-center gap-2 text-sm print:hidden">
          <span className="text-stone-700">
            {total} claims in {parts} parts:
          </span>
          {Array.from({ length: parts }, (_, index) => index + 1).map((number) => (
            <Link
              key={number}
              href={partHref(number)}
              aria-current={number === part ? "page" : undefined}
              className={`rounded border px-2 py-0.5 ${number === part ? "border-ink bg-ink text-white" : "border-stone-300 text-accent hover:bg-stone-50"}`}
            >
              {number}
            </Link>
          ))}
          <span className="text-stone-700">The downloads hold every claim.</span>
        </nav>
      )}
      <section aria-labelledby="appendix-heading" className="break-before-page border-t border-stone-200 pt-4 text-xs text-stone-700">
        <h2 id="appendix-heading" className="text-sm font-semibold text-ink">
          Appendix: provenance
        </h2>
        <p className="mt-1">SHA-256 of each report&apos;s text as analysed; the character offsets of every wording are in the JSON download.</p>
        <ul className="mt-1 space-y-0.5 break-all font-mono">
          {sheet.sources.map((source) => (
            <li key={source.reportId}>
              <span className="font-sans font-medium">{source.outlet}</span>: {source.textSha256}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

function FullItem({ item, outletOf }: { item: FactSheetItem; outletOf: OutletOf }) {
  const sides = sideLines(item, outletOf);
  return (
    <li className="break-inside-avoid">
      <p className="font-serif font-semibold text-ink">{item.summary}</p>
      <p className="text-xs text-stone-700">
        {item.kind} · {sourcesLine(item)} · review: {reviewLine(item)}
      </p>
      <ul className="mt-0.5 space-y-0.5 text-sm text-stone-900">
        {sides.length > 0
          ? sides.map((side) => (
              <li key={side.text} className="pl-3">
                {side.right ? "✓ " : "• "}
                {side.text}
                {side.right && <strong className="text-emerald-800"> — judged right by an editor</strong>}
              </li>
            ))
          : wordings(item, outletOf).map((wording) => (
              <li key={wording.text} className="pl-3">
                • “{wording.text}” <span className="text-stone-700">({wording.outlets.join(", ")})</span>
              </li>
            ))}
      </ul>
      {item.review?.note && <p className="text-sm text-stone-900">Editor&apos;s note: {item.review.note}</p>}
      {item.review?.evidence.map((link) => {
        const href = safeUrl(link);
        return href ? (
          <p key={link} className="break-all text-sm">
            Evidence:{" "}
            <a href={href} rel="noopener noreferrer nofollow" className="text-accent underline">
              {href}
            </a>
          </p>
        ) : null;
      })}
    </li>
  );
}

function BriefItem({ item, outletOf }: { item: FactSheetItem; outletOf: OutletOf }) {
  const names = [...new Set(item.mentions.map((mention) => outletOf(mention.reportId)))].join(", ");
  return (
    <li className="break-inside-avoid">
      {item.summary}{" "}
      <span className="text-stone-700">
        ({names}){item.review && ` · ${reviewLine(item)}`}
      </span>
    </li>
  );
}
