/**
 * How much one job on untrusted text may take before it is stopped. Generous for real reports
 * (a long article analyses in well under a second) and small enough that a hostile file costs
 * the server a few seconds, not minutes. Each can be raised through the environment.
 */
export type Budget = { timeMs: number; memoryMb: number };

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export function prepareBudget(env: NodeJS.ProcessEnv = process.env): Budget {
  return { timeMs: positive(env.PREPARE_TIME_LIMIT_MS, 15_000), memoryMb: positive(env.ANALYSIS_MEMORY_LIMIT_MB, 1024) };
}

export function analysisBudget(env: NodeJS.ProcessEnv = process.env): Budget {
  return { timeMs: positive(env.ANALYSIS_TIME_LIMIT_MS, 60_000), memoryMb: positive(env.ANALYSIS_MEMORY_LIMIT_MB, 1024) };
}

/** Worker threads each server process may run at once; more jobs wait their turn. */
export function maxWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(positive(env.ANALYSIS_WORKERS, 2));
}
