import type { Claim, ReportInput, Source } from "../types";

/** Offsets of reports read from an extracted page are moved onto the page as read (see ReportInput.origin). */
export function mapToOrigin(reports: ReportInput[], sources: Source[], claims: Claim[]): void {
  const byId = new Map(reports.filter((r) => r.origin).map((r) => [r.id, r.origin!]));
  if (!byId.size) return;
  for (const c of claims) {
    const origin = byId.get(c.sourceId);
    if (!origin) continue;
    [c.start, c.end] = origin.span(c.start, c.end);
    c.text = origin.text.slice(c.start, c.end);
  }
  for (const s of sources) {
    const origin = byId.get(s.id);
    if (!origin) continue;
    s.furniture = s.furniture.map(([a, b]) => origin.span(a, b));
    s.provenance = s.provenance.map((p) => (p.end > p.start ? { ...p, ...spanOf(origin.span(p.start, p.end)) } : p));
  }
}

function spanOf([start, end]: [number, number]): { start: number; end: number } {
  return { start, end };
}
