import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ANALYSIS_TRANSACTION, refreshStoryAnalysis } from "./refresh-story-analysis";

/**
 * Re-analyses every story that another version of the engine analysed; returns how many. A
 * story the new engine cannot analyse within its budget keeps its stored analysis, and the
 * others are still done: one story must not stop the server from starting.
 */
export async function refreshStaleAnalyses(version: string, onStory?: (title: string) => void, onRefused?: (title: string, reason: string) => void): Promise<number> {
  const stale = await db.story.findMany({
    where: { OR: [{ analysisVersion: null }, { analysisVersion: { not: version } }] },
    select: { id: true, title: true },
  });
  for (const story of stale) {
    onStory?.(story.title);
    try {
      await db.$transaction((tx) => refreshStoryAnalysis(tx, story.id), ANALYSIS_TRANSACTION);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      (onRefused ?? ((title, reason) => console.error(`Could not re-analyse “${title}”: ${reason}`)))(story.title, error.message);
    }
  }
  return stale.length;
}
