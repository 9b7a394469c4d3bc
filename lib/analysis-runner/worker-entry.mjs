// The worker thread that runs untrusted-input work (HTML extraction, analysis) for the server.
// Plain JavaScript: the server's bundle cannot be loaded in a worker, so the worker compiles
// the TypeScript sources itself through tsx (a runtime dependency) and runs them.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { runJob } = await import("./run-job.ts");

parentPort.on("message", (job) => {
  try {
    parentPort.postMessage({ ok: true, result: runJob(job) });
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
