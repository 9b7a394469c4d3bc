import { analyzeReports, type AnalysisStep } from "@/lib/analysis/analyze-reports";
import type { AlignmentEditInput } from "@/lib/analysis/align/apply-alignment-edits";
import type { Analysis, ReportInput } from "@/lib/analysis/types";
import { prepareReport, type PreparedReport } from "@/lib/reports/prepare-report";
import type { ReportUpload } from "@/lib/reports/report-input";

export type Job = { kind: "prepare"; upload: ReportUpload } | { kind: "analyze"; reports: ReportInput[]; alignmentEdits: AlignmentEditInput[] };

export type JobResult<J extends Job> = J extends { kind: "prepare" } ? PreparedReport : Analysis;

/** Runs one job inside the worker thread; what it throws goes back to the server, and so do an analysis's steps. */
export function runJob(job: Job, onProgress?: (step: AnalysisStep) => void): PreparedReport | Analysis {
  if (job.kind === "prepare") return prepareReport(job.upload);
  return analyzeReports(job.reports, { alignmentEdits: job.alignmentEdits, onProgress });
}
