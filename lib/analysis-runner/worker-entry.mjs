// The worker thread that runs untrusted-input work (HTML extraction, analysis) for the server.
// Plain JavaScript: the server's bundle cannot be loaded in a worker, so the worker compiles
// the TypeScript sources itself through tsx (a runtime dependency) and runs them.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

// Background work yields the CPU to the web server: on Linux a thread's nice value is its own, so
// this lowers this thread only, not the process that started it (see budget.ts, ANALYSIS_NICE).
if (workerData?.nice > 0) {
  try {
    setPriority(Math.min(19, workerData.nice));
  } catch {
    // a system that refuses it runs the job at normal priority
  }
}
register();
const { runJob } = await import("./run-job.ts");
// Raised by the server to cancel the running job (its result would be thrown away).
const cancel = new Int32Array(workerData.cancel);

class JobCancelled extends Error {}

/** Tells the server an analysis's step, or stops the analysis there if the server cancelled it. */
function report(step) {
  if (Atomics.load(cancel, 0) === 1) throw new JobCancelled("cancelled");
  parentPort.postMessage({ progress: step });
}

parentPort.on("message", (job) => {
  try {
    parentPort.postMessage({ ok: true, result: runJob(job, report) });
  } catch (error) {
    const known = error && typeof error === "object" && error.name === "AppError";
    parentPort.postMessage({
      ok: false,
      error: known ? { code: error.code, message: error.message, details: error.details } : null,
      message: String(error && error.stack ? error.stack : error),
      cancelled: error instanceof JobCancelled,
    });
  }
});
parentPort.postMessage({ ready: true });
