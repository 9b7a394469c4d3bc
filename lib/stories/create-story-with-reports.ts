import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { prepareUploads, refuseRepeatsWithinBatch, writeReports, type AddedReport } from "@/lib/reports/add-reports";
import type { ReportUpload } from "@/lib/reports/report-input";
import { sendStoryAnalysis, UPLOAD_TRANSACTION } from "@/lib/jobs/enqueue-story-analysis";
import { parseInput } from "@/lib/validation";
import { insertStory, withFreshSlug } from "./create-story";
import { createStorySchema } from "./story-input";

/**
 * A new story with its first reports, in one transaction: the story exists exactly when its
 * reports do, even if the process is killed halfway (the command-line import uses this).
 */
export async function createStoryWithReports(
  actor: Actor | null,
  input: unknown,
  uploads: ReportUpload[],
  onPrepared?: (done: number, total: number) => void,
): Promise<{ slug: string; added: AddedReport[] }> {
  assertCan(actor, "story:create");
  assertCan(actor, "report:create");
  const storyInput = parseInput(createStorySchema, input, "story");
  const prepared = await prepareUploads(uploads, onPrepared);
  refuseRepeatsWithinBatch(prepared);
  const created = await withFreshSlug((attempt) =>
    db.$transaction(async (tx) => {
      const story = await insertStory(tx, storyInput, attempt);
      return { storyId: story.id, slug: story.slug, added: await writeReports(tx, actor, story.id, prepared) };
    }, UPLOAD_TRANSACTION),
  );
  await sendStoryAnalysis(created.storyId);
  return { slug: created.slug, added: created.added };
}
