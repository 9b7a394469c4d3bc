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

parentPort.on("message", (job) => {
  try {
    parentPort.postMessage({ ok: true, result: runJob(job, (step) => parentPort.postMessage({ progress: step })) });
  } catch (error) {
    const known = error && typeof error === "object" && error.name === "AppError";
    parentPort.postMessage({
      ok: false,
      error: known ? { code: error.code, message: error.message, details: error.details } : null,
      message: String(error && error.stack ? error.stack : error),
    });
  }
});
parentPort.postMessage({ ready: true });
