import Link from "next/link";
import { formatDay, formatLength } from "@/lib/format";
import type { StoryWithReports } from "@/lib/stories/get-story";
import { familyName, reportHeadline, reportName } from "@/lib/stories/report-name";
import { UnreadableBadge } from "./UnreadableNotice";

const FORMAT_LABEL = { text: "Text", markdown: "Markdown", html: "HTML" } as const;

export function ReportTable({ reports }: { reports: StoryWithReports["reports"] }) {
  if (reports.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
        No reports yet: add the coverage you want to compare.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Report
            </th>
            <th scope="col" className="hidden px-4 py-2.5 font-semibold lg:table-cell">
              Independent source
            </th>
            <th scope="col" className="hidden px-4 py-2.5 font-semibold sm:table-cell">
              Published
            </th>
            <th scope="col" className="hidden px-4 py-2.5 font-semibold md:table-cell">
              Length
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {reports.map((report) => (
            <tr key={report.id} className="hover:bg-stone-50">
              <td className="px-4 py-3 font-medium text-ink">
                {reportName(report)}
                {report.analysisSkipped && (
                  <span className="block">
                    <UnreadableBadge reason={report.analysisSkipped} />
                  </span>
                )}
              </td>
              <td className="px-4 py-3">
                <Link href={`/reports/${report.id}`} className="font-serif text-accent hover:underline">
                  {reportHeadline(report)}
                </Link>
                <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{FORMAT_LABEL[report.format]}</span>
                {report.fileName && report.title && <span className="block text-xs text-stone-600">{report.fileName}</span>}
              </td>
              <td className="hidden px-4 py-3 text-stone-700 lg:table-cell">
                {familyName(report.familyLabel, reports.find((other) => other.family === report.family) ?? report)}
              </td>
              <td className="hidden px-4 py-3 text-stone-700 sm:table-cell">{formatDay(report.publishedAt)}</td>
              <td className="hidden px-4 py-3 text-stone-700 md:table-cell">{formatLength(report.charCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
