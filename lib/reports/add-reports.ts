import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { prepareBudget } from "@/lib/analysis-runner/budget";
import { JobRefused, runInWorker } from "@/lib/analysis-runner/run-in-worker";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { markAnalysisQueued, sendStoryAnalysis, UPLOAD_TRANSACTION } from "@/lib/jobs/enqueue-story-analysis";
import { parseInput } from "@/lib/validation";
import type { PreparedReport } from "./prepare-report";
import { addReportsBodySchema, type ReportUpload } from "./report-input";

export type AddedReport = {
  id: string;
  title: string | null;
  outletName: string | null;
  fileName: string | null;
};

/** Adds the reports of a request body (at most 25) to a story, all or none. */
export async function addReports(actor: Actor | null, storySlug: string, body: unknown): Promise<AddedReport[]> {
  assertCan(actor, "report:create");
  const { reports } = parseInput(addReportsBodySchema, body, "reports");
  return addReportUploads(actor, storySlug, reports);
}

/**
 * Like addReports, but a report already in the story (or earlier in the batch) is left out
 * with a reason rather than refusing the whole batch: one repeated file should not cost the
 * journalist the other twenty. A batch with nothing new is still refused.
 */
export async function addNewReports(actor: Actor | null, storySlug: string, body: unknown): Promise<{ added: AddedReport[]; skipped: string[] }> {
  assertCan(actor, "report:create");
  const { reports } = parseInput(addReportsBodySchema, body, "reports");
  const skipped: string[] = [];
  const added = await addReportUploads(actor, storySlug, reports, undefined, (error) => skipped.push(error.message));
  return { added, skipped };
}

/**
 * Adds any number of checked uploads to a story, all or none: every upload is prepared,
 * and duplicates refused, before anything is written. The CLI calls this for bulk imports.
 */
export async function addReportUploads(
  actor: Actor,
  storySlug: string,
  reports: ReportUpload[],
  onPrepared?: (done: number, total: number) => void,
  onDuplicate?: (error: AppError) => void,
): Promise<AddedReport[]> {
  assertCan(actor, "report:create");
  const story = await db.story.findUnique({ where: { slug: storySlug }, select: { id: true } });
  if (!story) throw new AppError("not_found", `No story at "${storySlug}".`);

  const all = await prepareUploads(reports, onPrepared);
  const existing = await db.report.findMany({
    where: { storyId: story.id, contentHash: { in: all.map((report) => report.contentHash) } },
    select: { contentHash: true, title: true, outletName: true, fileName: true },
  });
  const duplicates = findDuplicates(all, existing);
  const firstDuplicate = duplicates.values().next().value;
  // Without onDuplicate any duplicate refuses the batch; with it, only a batch of nothing new.
  if (firstDuplicate && (!onDuplicate || duplicates.size === all.length)) throw firstDuplicate;
  for (const error of duplicates.values()) onDuplicate?.(error);
  const prepared = all.filter((report) => !duplicates.has(report));

  try {
    const added = await db.$transaction((tx) => writeReports(tx, actor, story.id, prepared), UPLOAD_TRANSACTION);
    await sendStoryAnalysis(story.id);
    return added;
  } catch (error) {
    // Someone added the same text between our check and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "One of these reports was just added to this story by someone else.");
    }
    throw error;
  }
}

/**
 * Prepares uploads (HTML extraction, cleaning) one by one in a worker thread with a budget:
 * a page that would take too long or too much memory is refused by name.
 */
export async function prepareUploads(reports: ReportUpload[], onPrepared?: (done: number, total: number) => void): Promise<PreparedReport[]> {
  const prepared: PreparedReport[] = [];
  for (const upload of reports) {
    try {
      prepared.push(await runInWorker({ kind: "prepare", upload }, prepareBudget()));
    } catch (error) {
      if (!(error instanceof JobRefused)) throw error;
      const label = upload.fileName ? `"${upload.fileName}"` : "The pasted text";
      throw new AppError("unprocessable", `${label} is too large or too complex to read (${error.reason === "crash" ? "reading it failed" : error.message}).`);
    }
    onPrepared?.(prepared.length, reports.length);
  }
  return prepared;
}

/** Writes prepared reports into a story and marks its analysis queued, in the caller's transaction; the caller sends the job once committed. */
export async function writeReports(tx: Prisma.TransactionClient, actor: Actor, storyId: string, prepared: PreparedReport[]): Promise<AddedReport[]> {
  const created: AddedReport[] = [];
  // Upload order is reading order; a shared transaction timestamp would not keep it.
  const now = Date.now();
  for (const [index, report] of prepared.entries()) {
    const { id, ...added } = await tx.report.create({
      data: { ...report, storyId, createdAt: new Date(now + index) },
      select: { id: true, title: true, outletName: true, fileName: true },
    });
    created.push({ id, ...added });
    await recordAudit(tx, actor, { storyId, action: "report.add", subject: `report:${id}`, after: added });
  }
  await markAnalysisQueued(tx, storyId);
  await tx.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } });
  return created;
}

/** Refuses a batch that holds one text twice (a new story has nothing else to repeat). */
export function refuseRepeatsWithinBatch(prepared: PreparedReport[]): void {
  const first = findDuplicates(prepared, []).values().next().value;
  if (first) throw first;
}

/** Each upload that repeats a report of the story, or one earlier in the batch, with why. */
function findDuplicates(prepared: PreparedReport[], existing: (Parameters<typeof describe>[0] & { contentHash: string })[]): Map<PreparedReport, AppError> {
  const duplicates = new Map<PreparedReport, AppError>();
  const seen = new Map<string, PreparedReport>();
  for (const report of prepared) {
    const twin = existing.find((row) => row.contentHash === report.contentHash);
    const first = seen.get(report.contentHash);
    if (twin) duplicates.set(report, duplicateError(report, describe(twin)));
    else if (first) duplicates.set(report, duplicateError(report, describe(first), "in this upload"));
    else seen.set(report.contentHash, report);
  }
  return duplicates;
}

function describe(report: { title: string | null; outletName: string | null; fileName: string | null }): string {
  const name = report.title ?? report.fileName ?? "an untitled report";
  const context = [report.outletName, report.title ? report.fileName : null].filter(Boolean);
  return context.length ? `"${name}" (${context.join(", ")})` : `"${name}"`;
}

function duplicateError(report: PreparedReport, twin: string, where = "already in this story"): AppError {
  const label = report.fileName ? `"${report.fileName}"` : "The pasted text";
  return new AppError("conflict", `${label} is the same report as ${twin}, ${where}.`, { duplicateOf: twin });
}
