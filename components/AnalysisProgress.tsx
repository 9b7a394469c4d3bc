"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { describeAnalysis } from "@/lib/jobs/describe-analysis";
import type { AnalysisStatus } from "@/lib/jobs/get-analysis-status";

const POLL_MS = 1_000;

/**
 * The story's analysis as it happens: polls the analysis route while it is queued or running,
 * and refreshes the page (the matrix) once it is done.
 */
export function AnalysisProgress({ initial }: { initial: AnalysisStatus }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  const [finished, setFinished] = useState(false);
  const active = status.state === "queued" || status.state === "running";
  const wasActive = useRef(active);

  // A new upload re-renders the page with a fresh status: follow it.
  useEffect(() => setStatus(initial), [initial]);

  useEffect(() => {
    if (!active) return;
    wasActive.current = true;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(initial.poll, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      setStatus((await response.json()) as AnalysisStatus);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, initial.poll]);

  useEffect(() => {
    if (active || !wasActive.current) return;
    wasActive.current = false;
    if (status.state === "done") setFinished(true);
    router.refresh();
  }, [active, status.state, router]);

  if (!active && status.state !== "failed" && !finished) return null;
  const percent = Math.round(status.progress * 100);
  const failed = status.state === "failed";
  return (
    <section
      aria-label="Analysis"
      aria-live="polite"
      data-testid="analysis-progress"
      data-state={status.state}
      className={`rounded-lg border p-3 text-sm ${failed ? "border-red-300 bg-red-50 text-red-900" : "border-stone-200 bg-white text-stone-700"}`}
    >
      <p className="font-medium" data-testid="analysis-progress-text">
        {describeAnalysis(status)}
      </p>
      {!failed && (
        <div
          role="progressbar"
          aria-label="Analysis progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={describeAnalysis(status)}
          className="mt-2 h-2 overflow-hidden rounded bg-stone-200"
        >
          <div className="h-full bg-accent transition-all" style={{ width: `${Math.max(percent, 3)}%` }} />
        </div>
      )}
      {status.error && (
        <p className="mt-1">
          {failed ? `After ${status.maxAttempts} tries: ` : "The last try failed: "}
          {status.error.replace(/\.$/, "")}. {failed ? "The reports are kept; add or edit a report to try again." : ""}
        </p>
      )}
    </section>
  );
}
