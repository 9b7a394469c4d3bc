import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runStoryAnalysis, type AnalysisOutcome } from "./run-story-analysis";

/**
 * Runs a story's queued analysis here and now, as a worker would, and returns what it did: for
 * tests and scripts that need the analysis before going on (the queued job then finds it done).
 */
export async function settleStoryAnalysis(slug: string): Promise<AnalysisOutcome> {
  const story = await db.story.findUnique({ where: { slug }, select: { id: true } });
  if (!story) throw new AppError("not_found", `No story at "${slug}".`);
  return (await runStoryAnalysis(story.id)).outcome;
}
