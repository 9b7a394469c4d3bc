import "server-only";
import { db } from "@/lib/db";
import { ANALYSIS_TRANSACTION, refreshStoryAnalysis } from "./refresh-story-analysis";

/** Re-analyses every story that another version of the engine analysed; returns how many. */
export async function refreshStaleAnalyses(version: string, onStory?: (title: string) => void): Promise<number> {
  const stale = await db.story.findMany({
    where: { OR: [{ analysisVersion: null }, { analysisVersion: { not: version } }] },
    select: { id: true, title: true },
  });
  for (const story of stale) {
    onStory?.(story.title);
    await db.$transaction((tx) => refreshStoryAnalysis(tx, story.id), ANALYSIS_TRANSACTION);
  }
  return stale.length;
}
