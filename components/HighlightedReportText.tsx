import Link from "next/link";
import { segmentText, type TextSegment } from "@/lib/reports/segment-text";

type Claim = { id: string; start: number; end: number; kind: string; summary: string; cluster: { verdict: string } | null };
type Provenance = { kind: string; name: string; start: number; end: number };
type Props = {
  text: string;
  claims: Claim[];
  selectedId: string | null;
  hrefFor: (claimId: string) => string;
  /** spans the analysis left out as page furniture */
  furniture?: [number, number][];
  /** lines that say where the report's information came from */
  provenance?: Provenance[];
};

const VERDICT_UNDERLINE: Record<string, string> = {
  contradict: "decoration-rose-500",
  single: "decoration-amber-500",
  agree: "decoration-emerald-500",
};

const FURNITURE_TITLE = "Not read for claims: headline or page furniture";

const PROVENANCE_LABEL: Record<string, string> = {
  "source-line": "names its source",
  "adapted-from": "adapted from another outlet",
  "according-to": "attributes to another outlet",
  "quoted-by": "quoted by another outlet",
  "could-not-verify": "says it could not verify",
  "shared-text": "shares text with another report",
};

/**
 * A report's text with its claims marked and one claim highlighted; page furniture is greyed
 * and provenance lines are marked, so a reader sees what the analysis read and what it left
 * out. The text is untrusted and goes out as React text nodes only.
 */
export function HighlightedReportText({ text, claims, selectedId, hrefFor, furniture = [], provenance = [] }: Props) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const marks = [
    ...claims,
    ...furniture.map(([start, end], i) => ({ id: `furniture:${i}`, start, end })),
    ...provenance.map((line, i) => ({ id: `provenance:${i}`, start: line.start, end: line.end })),
  ];
  const paragraphs = segmentText(text, marks);
  let anchored = false;
  const claimView = (segment: TextSegment, claimIds: string[]) => {
    if (claimIds.length === 0) return segment.text;
    if (selectedId && claimIds.includes(selectedId)) {
      const id = anchored ? undefined : `claim-${selectedId}`;
      anchored = true;
      return (
        <mark id={id} className="scroll-mt-24 rounded-sm bg-yellow-200 px-0.5 text-ink ring-1 ring-yellow-400" aria-label="highlighted claim">
          {segment.text}
        </mark>
      );
    }
    // The innermost claim is the most specific one to open.
    const claim = claimIds.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
    return (
      <Link
        href={hrefFor(claim.id)}
        title={`${claim.kind}: ${claim.summary}`}
        className={`underline decoration-2 underline-offset-4 hover:bg-stone-100 ${VERDICT_UNDERLINE[claim.cluster?.verdict ?? ""] ?? "decoration-stone-300"}`}
      >
        {segment.text}
      </Link>
    );
  };
  return (
    <>
      {(furniture.length > 0 || provenance.length > 0) && (
        <p className="mt-4 text-xs text-stone-600">
          {furniture.length > 0 && (
            <span className="mr-3">
              <span className="text-stone-600">Grey text</span>: not read for claims (headline, sign-up prompts, captions, credits).
            </span>
          )}
          {provenance.length > 0 && (
            <span>
              <span className="underline decoration-sky-600 decoration-dotted underline-offset-4">Dotted</span>: where the report says its information came
              from.
            </span>
          )}
        </p>
      )}
      <div className="mt-6 space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-900">
        {paragraphs.map((segments, index) => (
          <p key={index} className="break-words">
            {segments.map((segment) => {
              const claimIds = segment.markIds.filter((id) => byId.has(id));
              const line = segment.markIds.find((id) => id.startsWith("provenance:"));
              const content = claimView(segment, claimIds);
              // A provenance line is left out of the claims too, but it is what the reader should notice.
              if (line) {
                const found = provenance[Number(line.slice("provenance:".length))]!;
                return (
                  <span
                    key={segment.start}
                    className="underline decoration-sky-600 decoration-dotted underline-offset-4"
                    title={`Provenance: ${PROVENANCE_LABEL[found.kind] ?? found.kind} (${found.name})`}
                  >
                    {content}
                  </span>
                );
              }
              if (segment.markIds.some((id) => id.startsWith("furniture:")))
                return (
                  <span key={segment.start} className="text-stone-600" title={FURNITURE_TITLE}>
                    {content}
                  </span>
                );
              return <span key={segment.start}>{content}</span>;
            })}
          </p>
        ))}
      </div>
    </>
  );
}
