import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";

export type Figure = { value: number; text: string };
type Sample = { value: number; open: boolean };
/** One autocannon run against one server. */
export type LoadPart = {
  samples: Sample[];
  seconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  cpuMs: number;
  drainMs: number;
};
export type LoadResult = {
  rps: number;
  p50: Figure;
  p95: Figure;
  p99: Figure;
  responses: number;
  unfinished: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  cpuMsPerRequest: number;
  drainMs: number;
};
type LoadOptions = { url: string; pid: number; cookie: string; gzip: boolean; seconds: number; connections: number };

/**
 * One autocannon run. autocannon drops the requests still in flight when the duration ends; for
 * a page slower than the run that would leave no figures at all, so each connection's open
 * request counts with its wait so far as a lower bound (a percentile that lands on one reads ≥).
 * Then waits for the server to fall quiet: Next renders an abandoned request to the end, and
 * that work must not spill into the next run.
 */
export async function loadOnce({ url, pid, cookie, gzip, seconds, connections }: LoadOptions): Promise<LoadPart> {
  const latencies: number[] = [];
  const lastResponse = new Map<object, number>();
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    headers: { cookie, ...(gzip ? { "accept-encoding": "gzip" } : {}) },
    setupClient: (client) => {
      lastResponse.set(client, performance.now());
      client.on("response", () => lastResponse.set(client, performance.now()));
    },
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, latency: number) => void latencies.push(latency));
  const result = await instance;
  const ended = performance.now();
  const waiting = [...lastResponse.values()].map((since) => ended - since).filter((wait) => wait > 0);
  const drainMs = await waitForQuiet(pid);
  return {
    samples: [...latencies.map((value) => ({ value, open: false })), ...waiting.map((value) => ({ value, open: true }))],
    seconds: (ended - started) / 1000,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMs: cpuMs(pid) - cpuBefore,
    drainMs,
  };
}

/** Figures over one or more runs of one target (interleaved runs are pooled). */
export function summarize(parts: LoadPart[]): LoadResult {
  const all = parts.flatMap((part) => part.samples).sort((a, b) => a.value - b.value);
  const responses = all.filter((sample) => !sample.open).length;
  const figure = (p: number): Figure => {
    const sample = all[rank(all.length, p)];
    if (!sample) return { value: NaN, text: "-" };
    return { value: sample.value, text: `${sample.open ? "≥" : ""}${sample.value.toFixed(0)}` };
  };
  const sum = (pick: (part: LoadPart) => number) => parts.reduce((total, part) => total + pick(part), 0);
  return {
    rps: responses / sum((part) => part.seconds),
    p50: figure(50),
    p95: figure(95),
    p99: figure(99),
    responses,
    unfinished: all.length - responses,
    non2xx: sum((part) => part.non2xx),
    errors: sum((part) => part.errors),
    timeouts: sum((part) => part.timeouts),
    cpuMsPerRequest: all.length ? sum((part) => part.cpuMs) / all.length : NaN,
    drainMs: Math.max(0, ...parts.map((part) => part.drainMs)),
  };
}

/** Waits (at most 2 minutes) until the server uses under a tenth of a CPU; returns how long that took. */
async function waitForQuiet(pid: number): Promise<number> {
  const started = performance.now();
  for (let previous = cpuMs(pid); performance.now() - started < 120_000;) {
    await sleep(500);
    const now = cpuMs(pid);
    if (Number.isNaN(now) || now - previous < 50) break;
    previous = now;
  }
  return performance.now() - started;
}

/** user + system CPU time of a process and its children (a cluster's workers), from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
    return children.reduce((sum, child) => sum + (cpuMs(child) || 0), own);
  } catch {
    return NaN;
  }
}

/** Index of the nearest-rank p-th percentile among `count` sorted values. */
export function rank(count: number, p: number): number {
  return Math.min(count - 1, Math.max(0, Math.ceil((p / 100) * count) - 1));
}
