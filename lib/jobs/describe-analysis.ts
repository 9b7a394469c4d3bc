import type { AnalysisStatus } from "./get-analysis-status";

const reports = (count: number) => `${count} report${count === 1 ? "" : "s"}`;

/** A story's analysis in words, as the story page and the command line show it. */
export function describeAnalysis(status: Pick<AnalysisStatus, "state" | "stage" | "reportCount" | "reportsDone" | "attempts" | "maxAttempts">): string {
  if (status.state === "queued") {
    const retry = status.attempts > 0 ? ` (try ${status.attempts + 1} of ${status.maxAttempts})` : "";
    return status.stage === "re-analysis" ? `Being re-analysed with the current engine: queued${retry}` : `Analysis queued${retry}`;
  }
  if (status.state === "running") {
    if (status.stage === "analysing") return `Analysing ${status.reportsDone} of ${reports(status.reportCount)}`;
    if (status.stage === "aligning") return `Analysing: lining up the claims of ${reports(status.reportCount)}`;
    if (status.stage === "writing") return `Analysing: saving the claims of ${reports(status.reportCount)}`;
    return `Analysing: reading ${reports(status.reportCount)}`;
  }
  if (status.state === "failed") return "The analysis failed";
  if (status.state === "none") return "Not analysed yet";
  return `Analysis done: ${reports(status.reportCount)}`;
}
