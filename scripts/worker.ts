// `npm run worker`: runs story-analysis workers against DATABASE_URL (WORKERS of them, default 1),
// on this machine or any other that reaches the database; stops cleanly on Ctrl-C or SIGTERM,
// letting a running analysis finish. WORKER_HEALTH_PORT, when set, answers GET /health on
// 127.0.0.1 once the workers wait for jobs (for a supervisor or a test harness).
import { createServer } from "node:http";
import { fingerprintAnalysis } from "../lib/analysis-version";

if (!process.env.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL (the PostgreSQL the web server uses).");
  process.exit(2);
}
const count = Math.max(1, Math.floor(Number(process.env.WORKERS ?? 1)) || 1);
// Analyses record which engine made them, as the server's do.
process.env.ANALYSIS_VERSION = fingerprintAnalysis();
const { startAnalysisWorkers } = await import("../lib/jobs/start-analysis-workers");
const { stopBoss } = await import("../lib/jobs/queue");
const stopWorkers = await startAnalysisWorkers(count);
console.log(`${count} analysis worker${count === 1 ? "" : "s"} waiting for jobs (pid ${process.pid}).`);
const health = process.env.WORKER_HEALTH_PORT
  ? createServer((_request, response) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ workers: count }))).listen(
      Number(process.env.WORKER_HEALTH_PORT),
      "127.0.0.1",
    )
  : null;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  health?.close();
  await stopWorkers();
  await stopBoss();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
