import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listEarlierNotes } from "./list-earlier-notes";
import { diffReportVersions, listReportVersions, versionPairSchema } from "./list-report-versions";

/**
 * What the report page shows of a report's versions: the list, the notes left on earlier ones, and
 * the difference between the two asked for in the query (`from`, `to`), else the last two.
 */
export async function readVersionView(actor: Actor | null, reportId: string, query: Record<string, string | string[] | undefined>) {
  const [versions, earlierNotes] = await Promise.all([listReportVersions(actor, reportId), listEarlierNotes(actor, reportId)]);
  if (versions.length < 2) return { versions, earlierNotes, pair: null, diff: null };
  const asked = versionPairSchema.safeParse({ from: [query.from].flat()[0], to: [query.to].flat()[0] });
  const known = (number: number) => versions.some((version) => version.number === number);
  const pair = asked.success && known(asked.data.from) && known(asked.data.to) ? asked.data : { from: versions.at(-2)!.number, to: versions.at(-1)!.number };
  return { versions, earlierNotes, pair, diff: await diffReportVersions(actor, reportId, pair) };
}
