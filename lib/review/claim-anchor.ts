import { claimKey } from "@/lib/analysis/align/apply-alignment-edits";

/**
 * What a review or comment hangs on: a claim's report, span and kind. The span alone is not
 * enough, since one sentence can yield claims of two kinds ("Twelve people died" is both an
 * event and a number) that land in different clusters.
 */
export function claimAnchor(claim: { reportId: string; start: number; end: number; kind: string }): string {
  return claimKey(claim.reportId, claim.start, claim.end, claim.kind);
}

const ANCHOR = /^([0-9a-f-]{36}):(\d+)-(\d+)(?::([a-z_]+))?$/;

/** The parts of an anchor, or of a plain span ref (alignment edits use those); null for other subjects. */
export function parseAnchor(subject: string): { reportId: string; start: number; end: number; kind: string | null } | null {
  const match = ANCHOR.exec(subject);
  return match ? { reportId: match[1]!, start: Number(match[2]), end: Number(match[3]), kind: match[4] ?? null } : null;
}
