// `npm start`: database (embedded unless DATABASE_URL is set), migrations, the demo story on
// an empty database, the demo accounts (one per role) on a database with no accounts (never in
// production unless DEMO_ACCOUNTS=1), a production build when the sources changed, then the
// server, started again whenever it crashes.
import { spawn } from "node:child_process";
import { fingerprintAnalysis } from "../lib/analysis-version";
import { buildAppIfStale, NEXT_BIN } from "./build-app";
import { prepareDatabase } from "./prepare-database";
import { serveApp, serverWorkers } from "./serve-app";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const database = await prepareDatabase();
// Analyses record which engine made them; the server inherits this through its environment.
process.env.ANALYSIS_VERSION = fingerprintAnalysis();
const { loadDemoStoryIfEmpty } = await import("../lib/demo/load-demo-story");
const demo = await loadDemoStoryIfEmpty({ id: "system", name: "Demo loader", role: "admin" });
if (demo) console.log(`Loaded the demo story: /stories/${demo}`);
const { db } = await import("../lib/db");
const { shouldCreateDemoAccounts } = await import("../lib/people/demo-account-policy");
const userCount = await db.user.count();
if (shouldCreateDemoAccounts(userCount)) {
  const { createDemoUsers } = await import("../lib/demo/create-demo-users");
  const { DEMO_PASSWORD } = await import("../lib/demo/demo-users");
  const demoUsers = await createDemoUsers();
  if (demoUsers.length)
    console.log(`Created demo accounts ${demoUsers.join(", ")} (password: ${DEMO_PASSWORD}); change or remove them before others can reach the server`);
} else if (userCount === 0) {
  console.log('No accounts yet: create an administrator with `npm run create-admin -- EMAIL "Full Name"`.');
}

if (!dev && !buildAppIfStale()) {
  await database.stop();
  process.exit(1);
}

// PORT reaches the server so sign-in's base URL and trusted origins name the right port.
const env = { ...process.env, PORT: port };
const workers = dev ? 1 : serverWorkers();
const launch = () => (dev ? spawn(process.execPath, [NEXT_BIN, "dev", "-p", port], { stdio: "inherit", env }) : serveApp({ port, workers, env }));
console.log(`Triangulate on http://localhost:${port}${workers > 1 ? ` (${workers} server processes)` : ""}`);
const { checkIntervalMinutes, startDevelopingStoryChecks } = await import("../lib/reports/check-developing-stories");
const followEvery = checkIntervalMinutes();
const stopChecks = followEvery ? startDevelopingStoryChecks(followEvery) : () => {};
// Analysis workers in this process (WORKERS, default 1; 0 for a web-only node, with workers
// elsewhere: `npm run worker`). Stories an older engine analysed are queued, not waited for.
const { startAnalysisWorkers, queueStaleAnalyses } = await import("../lib/jobs/start-analysis-workers");
const analysisWorkers = Math.max(0, Math.floor(Number(process.env.WORKERS ?? 1)) || 0);
const stopAnalysisWorkers = analysisWorkers ? await startAnalysisWorkers(analysisWorkers) : async () => {};
void queueStaleAnalyses(process.env.ANALYSIS_VERSION).then(
  (queued) => queued && console.log(`Queued the re-analysis of ${queued} stor${queued === 1 ? "y" : "ies"} with the current engine.`),
  (error: unknown) => console.error(`Could not queue re-analyses: ${error instanceof Error ? error.message : String(error)}`),
);
let stopping = false;
let server = launch();
const crashes: number[] = [];
// The database stays up while the server is replaced: a crashed server (out of memory, killed)
// is started again, and only a stop asked for (Ctrl-C, SIGTERM) stops the database.
const supervise = (child: typeof server) =>
  child.on("exit", (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0]! > 60_000) crashes.shift();
    const delay = crashes.length > 5 ? 5_000 : 500;
    console.error(`The server stopped (${signal ?? `exit ${code}`}); starting it again in ${delay / 1000} s.`);
    setTimeout(() => {
      if (stopping) return;
      server = launch();
      supervise(server);
    }, delay);
  });
supervise(server);
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  stopChecks();
  server.kill("SIGTERM");
  await stopAnalysisWorkers();
  const { stopBoss } = await import("../lib/jobs/queue");
  await stopBoss();
  await new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve(null) : server.once("exit", resolve)));
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
