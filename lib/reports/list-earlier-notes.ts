import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { STATUS_LABEL } from "@/lib/review/review-status";
import { parseReportId } from "./report-id";
import { readEarlierAnchor } from "./report-versions-anchors";

export type EarlierNote = { kind: "review" | "comment"; version: number; words: string; text: string; by: string; at: Date };

const ANCHOR_SPAN = /:(\d+)-(\d+)(?::[a-z_]+)?$/;

/**
 * Reviews and comments made on claims an earlier version of the report had and the current one no
 * longer has, with the words they were about (read from that version's text).
 */
export async function listEarlierNotes(actor: Actor | null, reportId: string): Promise<EarlierNote[]> {
  assertCan(actor, "story:read");
  const id = parseReportId(reportId);
  const report = await db.report.findUnique({ where: { id }, select: { storyId: true } });
  if (!report) return [];
  const pattern = { contains: `:${id}:` };
  const [reviews, comments, versions] = await Promise.all([
    db.clusterReview.findMany({
      where: { storyId: report.storyId, anchorRef: { startsWith: "v", ...pattern } },
      select: { anchorRef: true, status: true, note: true, updatedByName: true, updatedAt: true },
    }),
    db.claimComment.findMany({
      where: { storyId: report.storyId, anchorRef: { startsWith: "v", ...pattern } },
      select: { anchorRef: true, body: true, authorName: true, createdAt: true },
    }),
    db.reportVersion.findMany({ where: { reportId: id }, select: { number: true, articleText: true } }),
  ]);
  const wordsOf = (ref: string): { version: number; words: string } | null => {
    const earlier = readEarlierAnchor(ref);
    const span = earlier ? ANCHOR_SPAN.exec(earlier.ref) : null;
    if (!earlier || !span || !earlier.ref.startsWith(id)) return null;
    const text = versions.find((version) => version.number === earlier.version)?.articleText ?? "";
    return { version: earlier.version, words: text.slice(Number(span[1]), Number(span[2])) };
  };
  const notes: EarlierNote[] = [];
  for (const review of reviews) {
    const where = wordsOf(review.anchorRef);
    if (where)
      notes.push({
        kind: "review",
        ...where,
        text: `${STATUS_LABEL[review.status]}${review.note ? `: ${review.note}` : ""}`,
        by: review.updatedByName,
        at: review.updatedAt,
      });
  }
  for (const comment of comments) {
    const where = wordsOf(comment.anchorRef);
    if (where) notes.push({ kind: "comment", ...where, text: comment.body, by: comment.authorName, at: comment.createdAt });
  }
  return notes.sort((a, b) => a.at.getTime() - b.at.getTime());
}
