import cliProgress from "cli-progress";
import type { Actor } from "../../lib/auth/actor";
import { getAnalysisStatus, type AnalysisStatus } from "../../lib/jobs/get-analysis-status";

/**
 * Shows the story's queued analysis through to "analysed" (or failed) with a progress bar. The
 * caller runs a worker, so the import finishes even where no other worker is running.
 */
export async function awaitAnalysis(actor: Actor, slug: string): Promise<AnalysisStatus> {
  const bar = new cliProgress.SingleBar({ format: "analysing [{bar}] {percentage}% {stage}", hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(100, 0, { stage: "queued" });
  try {
    for (;;) {
      const status = await getAnalysisStatus(actor, slug);
      const stage = status.state === "running" ? `${status.stage ?? "running"} (${status.reportCount} reports)` : status.state;
      bar.update(Math.round(status.progress * 100), { stage });
      if (status.state !== "queued" && status.state !== "running") return status;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    bar.stop();
  }
}
