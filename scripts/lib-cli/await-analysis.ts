import cliProgress from "cli-progress";
import type { Actor } from "../../lib/auth/actor";
import { describeAnalysis } from "../../lib/jobs/describe-analysis";
import { getAnalysisStatus, type AnalysisStatus } from "../../lib/jobs/get-analysis-status";

/**
 * Shows the story's queued analysis through to "analysed" (or failed) with a progress bar and the
 * story page's words ("Analysing 40 of 200 reports"). The caller runs a worker, so the import
 * finishes even where no other worker is running.
 */
export async function awaitAnalysis(actor: Actor, slug: string): Promise<AnalysisStatus> {
  const bar = new cliProgress.SingleBar({ format: "analysis [{bar}] {percentage}% {said}", hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(100, 0, { said: "Analysis queued" });
  try {
    for (;;) {
      const status = await getAnalysisStatus(actor, slug);
      bar.update(Math.round(status.progress * 100), { said: status.state === "done" ? `analysed: ${status.reportCount} report(s)` : describeAnalysis(status) });
      if (status.state !== "queued" && status.state !== "running") return status;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    bar.stop();
  }
}
