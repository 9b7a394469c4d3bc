import { db } from "../../lib/db";
import { readAnalysisInputs } from "../../lib/story-analysis/read-analysis-inputs";

/**
 * Every story ends analysed from its current inputs, and no input hash of a story was written
 * twice (read from the workers' log lines, which name the inputs of each analysis written).
 */
export async function verifyOncePerInput(
  workerLines: string[],
): Promise<{ stories: number; analysed: number; repeats: number; failed: number; outcomes: Record<string, number> }> {
  const stories = await db.story.findMany({ select: { id: true, analysisJob: { select: { state: true, inputHash: true } } } });
  let analysed = 0;
  let failed = 0;
  for (const story of stories) {
    const inputs = await readAnalysisInputs(db, story.id);
    if (story.analysisJob?.state === "done" && story.analysisJob.inputHash === inputs.hash) analysed++;
    if (story.analysisJob?.state === "failed") failed++;
  }
  const written = new Map<string, number>();
  const outcomes: Record<string, number> = {};
  for (const line of workerLines) {
    const outcome = /analysis of story \S+: (\w+) in/.exec(line)?.[1];
    if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    const match = /analysis of story (\S+): written .*inputs (\w+)\)/.exec(line);
    if (match) written.set(`${match[1]} ${match[2]}`, (written.get(`${match[1]} ${match[2]}`) ?? 0) + 1);
  }
  return { stories: stories.length, analysed, repeats: [...written.values()].filter((count) => count > 1).length, failed, outcomes };
}
