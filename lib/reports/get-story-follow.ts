import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { summarizeUpdates } from "./report-versions-updates";
import { reportName } from "@/lib/stories/report-name";

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const updatesSchema = z.array(z.object({ kind: z.string(), label: z.string(), afterText: z.string() })).catch([]);

/** The latest new version of a report: what it changed, or `pending` while its text waits for the story's analysis. */
export type StoryUpdate = { reportId: string; outlet: string; version: number; at: Date; labels: string[]; pending: boolean };

/**
 * How a story is followed: whether it is developing, when it was last checked, its URL reports,
 * the latest version change of each report, and which claims in the matrix carry an update
 * ("2 dead → 3, 11:02" by claim id) so a changed figure reads as one outlet's correction, not
 * as a second source disagreeing.
 */
export async function getStoryFollow(actor: Actor | null, slug: string) {
  assertCan(actor, "story:read");
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, developing: true, checkedAt: true } });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  const [urlReports, latest] = await Promise.all([
    db.report.count({ where: { storyId: story.id, url: { not: null }, fetchedAt: { not: null } } }),
    db.reportVersion.findMany({
      where: { report: { storyId: story.id }, number: { gt: 1 } },
      orderBy: [{ reportId: "asc" }, { number: "desc" }],
      distinct: ["reportId"],
      select: {
        reportId: true,
        number: true,
        createdAt: true,
        updates: true,
        claimsBefore: true,
        report: { select: { outletName: true, title: true, fileName: true } },
      },
    }),
  ]);
  const updates: StoryUpdate[] = latest.map((version) => ({
    reportId: version.reportId,
    outlet: reportName(version.report),
    version: version.number,
    at: version.createdAt,
    labels: summarizeUpdates(updatesSchema.parse(version.updates)),
    pending: version.claimsBefore !== null,
  }));
  const wanted = latest.flatMap((version) =>
    updatesSchema
      .parse(version.updates)
      .map((update) => ({ reportId: version.reportId, text: update.afterText, note: `${update.label}, ${TIME.format(version.createdAt)}` })),
  );
  const claims = wanted.length
    ? await db.claim.findMany({
        where: { storyId: story.id, OR: wanted.map(({ reportId, text }) => ({ reportId, text })) },
        select: { id: true, reportId: true, text: true },
      })
    : [];
  const updatedClaims: Record<string, string> = {};
  for (const claim of claims) {
    const match = wanted.find((entry) => entry.reportId === claim.reportId && entry.text === claim.text);
    if (match) updatedClaims[claim.id] = match.note;
  }
  return {
    developing: story.developing,
    checkedAt: story.checkedAt,
    urlReports,
    updates: updates.sort((a, b) => b.at.getTime() - a.at.getTime()),
    updatedClaims,
  };
}

export type StoryFollow = Awaited<ReturnType<typeof getStoryFollow>>;
