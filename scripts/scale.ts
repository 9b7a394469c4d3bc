// `npm run scale` (not part of `npm test`): the web server and analysis worker processes on one
// PostgreSQL (DATABASE_URL's server, else an embedded one), a fresh database `triangulate_scale`
// (SCALE_DATABASE_NAME, so two checkouts can run it on one server).
// Uploads SCALE_REPORTS reports (default 1,000) over SCALE_STORIES stories (default 40) through
// the API, one report per request, SCALE_PARALLEL (default 8) at a time: the first half of the
// stories with one worker, the second half with two; then a third batch during which one of two
// workers is killed with SIGKILL; then one story of SCALE_BIG_REPORTS reports (default 200, 0 for
// none) uploaded in one go. Prints reports/s analysed, p95 from upload to "analysed", the story
// page's p95 meanwhile, the progress the big story showed, and checks every story ends analysed,
// once per input hash. `npm run scale -- --big-only` runs the big story alone, with one worker.
import { spawn, type ChildProcess } from "node:child_process";
import { applyMigrations } from "../lib/database/apply-migrations";
import { createFreshDatabase, openDatabase } from "../lib/database/with-database";
import { buildAppIfStale } from "./build-app";
import { ensurePrismaClient } from "./prepare-database";
import { makeReport, storyTitle } from "./lib-scale/scale-reports";
import { percentile, runPhase, type Phase } from "./lib-scale/run-phase";
import { signInClient, type Client } from "./lib-scale/client";
import { runBigStory, summarizeProgress } from "./lib-scale/big-story";

const REPORTS = Number(process.env.SCALE_REPORTS ?? 1000);
const STORIES = Number(process.env.SCALE_STORIES ?? 40);
const PARALLEL = Number(process.env.SCALE_PARALLEL ?? 8);
const PORT = Number(process.env.SCALE_PORT ?? 3400);
const BIG = Number(process.env.SCALE_BIG_REPORTS ?? 200);
const BIG_ONLY = process.argv.includes("--big-only");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// A killed worker's job comes back after its lease: short here, so the kill run measures the
// retry rather than the default lease meant for slow analyses. The web server and workers inherit these.
process.env.JOB_LEASE_SECONDS ??= "30";
process.env.JOB_MAINTENANCE_SECONDS ??= "2";

ensurePrismaClient();
const server = await openDatabase({ dataDir: ".data/pg-scale", port: Number(process.env.EMBEDDED_PG_SCALE_PORT ?? 54331) });
const children: ChildProcess[] = [];
const workerLines: string[] = [];
const start = (args: string[], env: Record<string, string> = {}) => {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  child.stdout!.on("data", (chunk: Buffer) => workerLines.push(...chunk.toString().split("\n").filter(Boolean)));
  children.push(child);
  return child;
};
const startWorker = () => start(["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], { WORKERS: "1" });
try {
  process.env.DATABASE_URL = await createFreshDatabase(server.url, process.env.SCALE_DATABASE_NAME ?? "triangulate_scale");
  await applyMigrations(process.env.DATABASE_URL);
  if (!buildAppIfStale()) throw new Error("next build failed");
  const { fingerprintAnalysis } = await import("../lib/analysis-version");
  process.env.ANALYSIS_VERSION = fingerprintAnalysis();
  const { createDemoUsers } = await import("../lib/demo/create-demo-users");
  await createDemoUsers();
  start(["scripts/next-cluster.mjs", "2", "-p", String(PORT)], { PORT: String(PORT) });
  const base = `http://127.0.0.1:${PORT}`;
  await waitForServer(`${base}/api/health`);
  const client = await signInClient(base, "journalist");

  const perStory = Math.ceil(REPORTS / STORIES);
  const half = Math.floor(STORIES / 2);
  const phases: Phase[] = [];
  let killed: number | undefined;
  if (BIG_ONLY) {
    startWorker();
    // As in the full run, the server's upload threads and the worker's analysis thread are warm.
    await runPhase(client, "warm-up", [{ story: STORIES + half + 1, reports: [0, 1, 2, 3].map((n) => makeReport(0, n)) }], {
      parallel: 4,
      title: (i) => storyTitle(i, "warm"),
    });
  } else killed = await runManyStories(client, phases, perStory, half);
  const big = BIG > 0 ? await runBigStory(client, BIG, STORIES + half) : null;
  if (big) phases.push(big);

  if (!BIG_ONLY)
    console.log(
      `\nscale test: ${REPORTS} reports over ${STORIES} stories (+${half * perStory} in the kill run), ${PARALLEL} uploads at a time, web server of 2 processes`,
    );
  for (const phase of phases) {
    console.log(
      `${phase.name.padEnd(32)} ${phase.reports} reports in ${(phase.ms / 1000).toFixed(1)} s: ${(phase.reports / (phase.ms / 1000)).toFixed(1)} reports/s analysed; ` +
        `upload→analysed p95 ${Math.round(percentile(phase.toAnalysed, 95))} ms; upload answer p95 ${Math.round(percentile(phase.uploadMs, 95))} ms; ` +
        `story page p95 ${Math.round(percentile(phase.pageMs, 95))} ms (${phase.pageMs.length} views), ` +
        `${Math.round(percentile(phase.analysingPageMs, 95))} ms once the uploads were answered (${phase.analysingPageMs.length} views)`,
    );
  }
  const { verifyOncePerInput } = await import("./lib-scale/verify-once");
  const check = await verifyOncePerInput(workerLines);
  if (big) console.log(`progress the ${BIG}-report story showed (polled every 0.5 s): ${summarizeProgress(big.progress)}`);
  const runs = Object.entries(check.outcomes)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(", ");
  console.log(`analyses run by the workers: ${runs} (stale: discarded, the story changed while it ran)`);
  const rest = await timePage(client, phases.at(-1)!.page, 20);
  console.log(`story page at rest, after the runs (${phases.at(-1)!.page}): p95 ${Math.round(percentile(rest, 95))} ms (${rest.length} views)`);
  console.log(
    `${killed ? `killed worker pid ${killed}; ` : ""}stories analysed: ${check.analysed}/${check.stories}; input hashes written more than once: ${check.repeats}; failed: ${check.failed}`,
  );
  if (check.analysed !== check.stories || check.repeats > 0) process.exitCode = 1;
} finally {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await server.stop();
}
process.exit();

/** The 1,000 reports: half the stories with one worker, half with two, then a run with one of two killed; returns the killed pid. */
async function runManyStories(client: Client, phases: Phase[], perStory: number, half: number): Promise<number | undefined> {
  const plan = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => ({ story: from + i, reports: Array.from({ length: perStory }, (_, n) => makeReport(from + i, n)) }));
  const one = startWorker();
  phases.push(await runPhase(client, "1 worker", plan(0, half), { parallel: PARALLEL, title: (i) => storyTitle(i, "a") }));
  startWorker();
  phases.push(await runPhase(client, "2 workers", plan(half, STORIES), { parallel: PARALLEL, title: (i) => storyTitle(i, "b") }));
  const crash = runPhase(client, "2 workers, one killed mid-run", plan(STORIES, STORIES + half), { parallel: PARALLEL, title: (i) => storyTitle(i, "c") });
  // Once a few analyses of this batch are under way, one worker dies without warning; a fresh
  // one starts later, as a supervisor would start it.
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  one.kill("SIGKILL");
  setTimeout(() => startWorker(), 5_000);
  phases.push(await crash);
  return one.pid;
}

async function timePage(client: Client, page: string, views: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < views; i++) {
    const at = performance.now();
    await (await client.get(page)).arrayBuffer();
    times.push(performance.now() - at);
  }
  return times;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer at ${url}`);
}
