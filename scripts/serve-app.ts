import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";

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

/**
 * The production server on one port: always under the cluster primary (even with one worker),
 * which replaces a server process that dies.
 */
export function serveApp({ port, host, workers, env, stdio = "inherit" }: ServeOptions): ChildProcess {
  const args = [CLUSTER, String(workers), "-p", String(port), ...(host ? ["-H", host] : [])];
  return spawn(process.execPath, args, { stdio, env });
}
