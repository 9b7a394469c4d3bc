// Shared by `npm start`, `npm test` and the CLIs: a migrated database, embedded or not.
import { existsSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { applyMigrations } from "../lib/database/apply-migrations";
import { openDatabase, type DatabaseOptions } from "../lib/database/with-database";
import type { RunningDatabase } from "../lib/database/embedded-postgres";

const GENERATED = "lib/generated/prisma/client.ts";

/** Regenerates the Prisma client when it is missing or older than the schema. */
export function ensurePrismaClient(): void {
  if (existsSync(GENERATED) && statSync(GENERATED).mtimeMs >= statSync("prisma/schema.prisma").mtimeMs) return;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/prisma-generate.ts"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("prisma generate failed");
}

export async function prepareDatabase(options?: DatabaseOptions): Promise<RunningDatabase> {
  ensurePrismaClient();
  const database = await openDatabase(options);
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  } catch (error) {
    await database.stop();
    throw error;
  }
  process.env.DATABASE_URL = database.url;
  return database;
}
