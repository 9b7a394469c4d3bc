import "server-only";
import PgBoss from "pg-boss";

/** The queue of story analyses; its jobs carry `{ storyId }` and the story id as singleton key. */
export const ANALYSIS_QUEUE = "story-analysis";
/** Tries per job: a job that fails (or whose worker dies) this many times is marked failed. */
export const ANALYSIS_TRIES = 3;

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * Seconds a worker holds a job before it counts as lost (its process killed or cut off) and the
 * job is retried elsewhere: more than an analysis may take with its retries of single reports.
 */
export function leaseSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return Math.round(positive(env.JOB_LEASE_SECONDS, (4 * positive(env.ANALYSIS_TIME_LIMIT_MS, 60_000)) / 1000 + 60));
}

const globalForBoss = globalThis as unknown as { analysisBoss?: Promise<PgBoss> };

/**
 * One pg-boss per process, started on first use (it creates its schema, `pgboss`, if missing).
 * Every one supervises (expires jobs whose worker was lost, archives old ones): pg-boss takes a
 * lock for it, so many processes cost little, and jobs are rescued while any node is up.
 */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.analysisBoss ??= startBoss().catch((error: unknown) => {
    globalForBoss.analysisBoss = undefined;
    throw error;
  });
  return globalForBoss.analysisBoss;
}

async function startBoss(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: process.env.DATABASE_URL,
    max: 4,
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: positive(process.env.JOB_MAINTENANCE_SECONDS, 10),
  });
  boss.on("error", (error) => console.error(`job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(ANALYSIS_QUEUE, {
    name: ANALYSIS_QUEUE,
    // At most one waiting and one running job per story: a burst of uploads queues one analysis.
    policy: "stately",
    retryLimit: ANALYSIS_TRIES - 1,
    retryDelay: 1,
    expireInSeconds: leaseSeconds(),
  });
  return boss;
}

/** Stops this process's pg-boss, if it started one (scripts and tests on their way out). */
export async function stopBoss(): Promise<void> {
  const started = globalForBoss.analysisBoss;
  globalForBoss.analysisBoss = undefined;
  if (started) await (await started).stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
}
