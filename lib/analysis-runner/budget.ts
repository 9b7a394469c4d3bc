/**
 * How much one job on untrusted text may take before it is stopped. Generous for real reports
 * (a long article analyses in well under a second) and small enough that a hostile file costs
 * the server a few seconds, not minutes. Each can be raised through the environment.
 */
export type Budget = {
  timeMs: number;
  memoryMb: number;
  /** nice value of the thread (0 to 19): background work gives way to the web server's requests */
  nice?: number;
};

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export function prepareBudget(env: NodeJS.ProcessEnv = process.env): Budget {
  return { timeMs: positive(env.PREPARE_TIME_LIMIT_MS, 15_000), memoryMb: positive(env.ANALYSIS_MEMORY_LIMIT_MB, 1024) };
}

/**
 * A story's analysis runs in the background, at a lower priority (ANALYSIS_NICE, 10 unless set;
 * 0 for none): on a machine whose cores it would fill, pages keep their time and the analysis
 * takes what is left. An uploaded page is read at normal priority: someone waits for it.
 */
export function analysisBudget(env: NodeJS.ProcessEnv = process.env): Budget {
  const nice = env.ANALYSIS_NICE === undefined || env.ANALYSIS_NICE === "" ? 10 : Math.min(19, Math.max(0, Math.floor(Number(env.ANALYSIS_NICE)) || 0));
  return { timeMs: positive(env.ANALYSIS_TIME_LIMIT_MS, 60_000), memoryMb: positive(env.ANALYSIS_MEMORY_LIMIT_MB, 1024), nice };
}

/** Worker threads each server process may run at once; more jobs wait their turn. */
export function maxWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(positive(env.ANALYSIS_WORKERS, 2));
}
