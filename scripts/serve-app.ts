import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { NEXT_BIN } from "./build-app";

const CLUSTER = path.resolve(import.meta.dirname, "next-cluster.mjs");

/**
 * Server processes for production: WEB_CONCURRENCY when set, else one per core up to four.
 * One Node process renders one page at a time, so a single process leaves the other cores idle.
 */
export function serverWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.WEB_CONCURRENCY);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.min(4, availableParallelism());
}

type ServeOptions = { port: number | string; host?: string; workers: number; env: NodeJS.ProcessEnv; stdio?: StdioOptions };

/** `next start` on one port: the process itself for one worker, else a cluster of them. */
export function serveApp({ port, host, workers, env, stdio = "inherit" }: ServeOptions): ChildProcess {
  const args = ["start", "-p", String(port), ...(host ? ["-H", host] : [])];
  const command = workers > 1 ? [CLUSTER, String(workers), NEXT_BIN, ...args] : [NEXT_BIN, ...args];
  return spawn(process.execPath, command, { stdio, env });
}
