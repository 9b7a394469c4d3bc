import Link from "next/link";
import { segmentText } from "@/lib/reports/segment-text";

type Claim = { id: string; start: number; end: number; kind: string; summary: string; cluster: { verdict: string } | null };

const VERDICT_UNDERLINE: Record<string, string> = {
  contradict: "decoration-rose-500",
  single: "decoration-amber-500",
  agree: "decoration-emerald-500",
};

/**
 * A report's text with its claims marked and one claim highlighted. The text is untrusted and
 * goes out as React text nodes only.
 */
export function HighlightedReportText({ text, claims, selectedId, hrefFor }: { text: string; claims: Claim[]; selectedId: string | null; hrefFor: (claimId: string) => string }) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const paragraphs = segmentText(text, claims);
  let anchored = false;
  return (
    <div className="mt-6 space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-900">
      {paragraphs.map((segments, index) => (
        <p key={index} className="break-words">
          {segments.map((segment) => {
            if (segment.markIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
            if (selectedId && segment.markIds.includes(selectedId)) {
              const id = anchored ? undefined : `claim-${selectedId}`;
              anchored = true;
              return (
                <mark key={segment.start} id={id} className="scroll-mt-24 rounded-sm bg-yellow-200 px-0.5 text-ink ring-1 ring-yellow-400" aria-label="highlighted claim">
                  {segment.text}
                </mark>
              );
            }
            // The innermost claim is the most specific one to open.
            const claim = segment.markIds.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
            return (
              <Link key={segment.start} href={hrefFor(claim.id)} title={`${claim.kind}: ${claim.summary}`}
                className={`underline decoration-2 underline-offset-4 hover:bg-stone-100 ${VERDICT_UNDERLINE[claim.cluster?.verdict ?? ""] ?? "decoration-stone-300"}`}>
                {segment.text}
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}
