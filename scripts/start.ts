// `npm start`: database (embedded unless DATABASE_URL is set), migrations, the demo story on
// an empty database, the demo accounts (one per role) when missing, a production build when
// the sources changed, then the server.
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
const { createDemoUsers } = await import("../lib/demo/create-demo-users");
const { DEMO_PASSWORD } = await import("../lib/demo/demo-users");
const demoUsers = await createDemoUsers();
if (demoUsers.length) console.log(`Created demo accounts ${demoUsers.join(", ")} (password: ${DEMO_PASSWORD})`);
const { refreshStaleAnalyses } = await import("../lib/story-analysis/refresh-stale-analyses");
const refreshed = await refreshStaleAnalyses(process.env.ANALYSIS_VERSION, (title) => console.log(`Re-analysing “${title}” with the current engine…`));
if (refreshed) console.log(`Re-analysed ${refreshed} stor${refreshed === 1 ? "y" : "ies"}.`);

if (!dev && !buildAppIfStale()) {
  await database.stop();
  process.exit(1);
}

// PORT reaches the server so sign-in's base URL and trusted origins name the right port.
const env = { ...process.env, PORT: port };
const workers = dev ? 1 : serverWorkers();
const server = dev
  ? spawn(process.execPath, [NEXT_BIN, "dev", "-p", port], { stdio: "inherit", env })
  : serveApp({ port, workers, env });
console.log(`Triangulate on http://localhost:${port}${workers > 1 ? ` (${workers} server processes)` : ""}`);
const { checkIntervalMinutes, startDevelopingStoryChecks } = await import("../lib/reports/check-developing-stories");
const followEvery = checkIntervalMinutes();
const stopChecks = followEvery ? startDevelopingStoryChecks(followEvery) : () => {};
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  stopChecks();
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
