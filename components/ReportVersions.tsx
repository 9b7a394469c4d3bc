import type { DiffSegment } from "@/lib/diff/diff-words";
import { formatMoment } from "@/lib/format";
import type { EarlierNote } from "@/lib/reports/list-earlier-notes";
import type { ReportVersionSummary } from "@/lib/reports/list-report-versions";
import type { VersionDiffBlock } from "@/lib/reports/report-versions-diff";
import { summarizeUpdates } from "@/lib/reports/report-versions-updates";

type Props = {
  reportPath: string;
  versions: ReportVersionSummary[];
  pair: { from: number; to: number } | null;
  diff: VersionDiffBlock[] | null;
  earlierNotes: EarlierNote[];
};

/** A report's versions with their times, the words that changed between two of them, and notes left on words now gone. */
export function ReportVersions({ reportPath, versions, pair, diff, earlierNotes }: Props) {
  return (
    <section id="versions" aria-labelledby="versions-heading" className="scroll-mt-4 space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="versions-heading" className="text-base font-semibold">
        Versions
      </h2>
      <ol className="space-y-2 text-sm">
        {versions.map((version) => (
          <li key={version.number}>
            <span className="font-medium">Version {version.number}</span>
            <span className="text-stone-600">
              {" "}
              · {version.source === "fetch" ? "fetched" : "uploaded"} {formatMoment(version.fetchedAt ?? version.createdAt)}
              {version.createdByName ? ` by ${version.createdByName}` : ""} · {version.charCount} chars
            </span>
            {version.updates.length > 0 && (
              <ul className="ml-4 list-disc text-sky-900">
                {summarizeUpdates(version.updates).map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <form method="get" action={`${reportPath}#versions`} className="flex flex-wrap items-end gap-2 text-sm">
          <VersionSelect name="from" label="Compare version" versions={versions} value={pair?.from ?? versions.at(-2)!.number} />
          <VersionSelect name="to" label="with version" versions={versions} value={pair?.to ?? versions.at(-1)!.number} />
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-50">
            Show changes
          </button>
        </form>
      )}
      {diff && pair && <VersionDiff diff={diff} pair={pair} />}
      {earlierNotes.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">On an earlier version</h3>
          <p className="text-xs text-stone-600">Left on words the current version no longer has.</p>
          <ul className="mt-1 space-y-1 text-sm">
            {earlierNotes.map((note, index) => (
              <li key={index}>
                <span className="text-stone-600">
                  Version {note.version}, “{note.words}”:{" "}
                </span>
                {note.kind === "review" ? "review " : "comment "}“{note.text}” ({note.by})
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function VersionSelect({ name, label, versions, value }: { name: string; label: string; versions: ReportVersionSummary[]; value: number }) {
  return (
    <label className="flex flex-col text-stone-700">
      {label}
      <select name={name} defaultValue={value} className="mt-1 rounded-md border border-stone-300 px-2 py-1">
        {versions.map((version) => (
          <option key={version.number} value={version.number}>
            {version.number}
          </option>
        ))}
      </select>
    </label>
  );
}

function VersionDiff({ diff, pair }: { diff: VersionDiffBlock[]; pair: { from: number; to: number } }) {
  const changed = diff.filter((block) => block.op === "changed");
  if (changed.length === 0)
    return (
      <p className="text-sm text-stone-600">
        Versions {pair.from} and {pair.to} have the same text.
      </p>
    );
  return (
    <div aria-label={`Changes from version ${pair.from} to version ${pair.to}`} className="space-y-3 text-sm">
      {changed.map((block, index) =>
        block.op === "changed" ? (
          <div key={index} className="rounded-md border border-stone-200 p-3 font-serif">
            {block.a.length > 0 && (
              <p>
                <span className="font-sans text-xs text-stone-600">v{pair.from} </span>
                <Segments segments={block.a} />
              </p>
            )}
            {block.b.length > 0 && (
              <p className="mt-1">
                <span className="font-sans text-xs text-stone-600">v{pair.to} </span>
                <Segments segments={block.b} />
              </p>
            )}
          </div>
        ) : null,
      )}
    </div>
  );
}

function Segments({ segments }: { segments: DiffSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.op === "removed" ? (
          <del key={index} className="bg-red-100 text-red-900">
            {segment.text}
          </del>
        ) : segment.op === "added" ? (
          <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline">
            {segment.text}
          </ins>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
