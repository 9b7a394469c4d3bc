import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { AnalysisStep } from "@/lib/analysis/analyze-reports";
import { AppError, type ErrorCode } from "@/lib/errors";
import { maxWorkers, type Budget } from "./budget";
import type { Job, JobResult } from "./run-job";

/** Why a job on untrusted text did not finish: it ran out of time or memory, it threw, or its caller cancelled it. */
export class JobRefused extends Error {
  constructor(
    readonly reason: "time" | "memory" | "crash" | "cancelled",
    message: string,
  ) {
    super(message);
    this.name = "JobRefused";
  }
}

type Reply =
  | { ready: true }
  | { progress: AnalysisStep }
  | { ok: true; result: unknown }
  | { ok: false; error: { code: ErrorCode; message: string; details?: Record<string, unknown> } | null; message: string; cancelled?: boolean };
/** A thread, and the flag its caller raises to cancel its job (read by the thread at each analysis step). */
type Slot = { worker: Worker; memoryMb: number; nice: number; cancel: Int32Array; idleTimer?: NodeJS.Timeout };
/** What an analysis's caller may pass: a listener for its steps, and a signal that cancels it at the next step. */
export type Watch = { onProgress?: (step: AnalysisStep) => void; signal?: AbortSignal };

// A warm worker has the language model loaded (about 2 s to start one); idle ones go after a while.
const IDLE_MS = 5 * 60_000;
// Started from source with tsx, never bundled: the bundler must not follow this path, so the
// worker is handed a line of code that imports it rather than the path itself.
const ENTRY_CODE = `import(${JSON.stringify(pathToFileURL(path.join(process.cwd(), "lib", "analysis-runner", "worker-entry.mjs")).href)})`;
const idle: Slot[] = [];
const waiting: (() => void)[] = [];
let running = 0;

/**
 * Runs a job in a worker thread with a time and heap limit, so the server's event loop keeps
 * answering while it runs and a job that overruns is killed without taking the server with it.
 * AppErrors the job throws (bad input) come back as they are; anything else is a JobRefused.
 * An analysis tells `onProgress` its steps as it goes, and stops at the next one once `signal` is
 * aborted (a JobRefused "cancelled"; the thread is kept for the next job).
 */
export async function runInWorker<J extends Job>(job: J, budget: Budget, watch: Watch = {}): Promise<JobResult<J>> {
  if (running >= maxWorkers()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  let slot: Slot | null = null;
  try {
    slot = await takeSlot(budget.memoryMb, budget.nice ?? 0);
    const result = await exchange(slot, job, budget, watch);
    release(slot);
    return result as JobResult<J>;
  } catch (error) {
    if (slot && error instanceof JobRefused && error.reason === "cancelled") release(slot);
    else if (slot) void slot.worker.terminate();
    throw error;
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function takeSlot(memoryMb: number, nice: number): Promise<Slot> {
  // A thread's priority cannot be raised again once lowered: threads are kept apart by it.
  const index = idle.findIndex((slot) => slot.memoryMb === memoryMb && slot.nice === nice);
  if (index >= 0) {
    const [slot] = idle.splice(index, 1);
    clearTimeout(slot!.idleTimer);
    return slot!;
  }
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(ENTRY_CODE, {
    eval: true,
    workerData: { nice, cancel: cancel.buffer },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 8) },
    stdout: false,
    stderr: false,
  });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", (error: Error & { code?: string }) => reject(refusal(error, memoryMb)));
  });
  return { worker, memoryMb, nice, cancel };
}

function release(slot: Slot): void {
  const forget = () => {
    clearTimeout(slot.idleTimer);
    const index = idle.indexOf(slot);
    if (index >= 0) idle.splice(index, 1);
  };
  slot.idleTimer = setTimeout(() => {
    forget();
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.idleTimer.unref();
  // A worker that ends while idle must not be handed the next job.
  slot.worker.once("exit", forget);
  slot.worker.unref();
  idle.push(slot);
}

function exchange(slot: Slot, job: Job, budget: Budget, { onProgress, signal }: Watch): Promise<unknown> {
  const { worker, cancel } = slot;
  worker.ref();
  // The thread cannot read messages while it works: it reads this shared flag at each step.
  const raise = () => Atomics.store(cancel, 0, 1);
  Atomics.store(cancel, 0, signal?.aborted ? 1 : 0);
  signal?.addEventListener("abort", raise);
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener("abort", raise);
      clearTimeout(timer);
      worker.removeAllListeners("message").removeAllListeners("error").removeAllListeners("exit");
    };
    const timer = setTimeout(() => {
      done();
      reject(new JobRefused("time", `stopped after ${Math.round(budget.timeMs / 1000)} s`));
    }, budget.timeMs);
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) return;
      if ("progress" in reply) return onProgress?.(reply.progress);
      done();
      if (reply.ok) resolve(reply.result);
      else if (reply.cancelled) reject(new JobRefused("cancelled", "cancelled by its caller"));
      else if (reply.error) reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
      else reject(new JobRefused("crash", reply.message));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      done();
      reject(refusal(error, budget.memoryMb));
    });
    worker.on("exit", (code) => {
      done();
      reject(new JobRefused("crash", `the worker exited (${code})`));
    });
    worker.postMessage(job);
  });
}

function refusal(error: Error & { code?: string }, memoryMb: number): JobRefused {
  if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return new JobRefused("memory", `stopped at its ${memoryMb} MB memory limit`);
  return new JobRefused("crash", error.message);
}
