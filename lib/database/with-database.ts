import pg from "pg";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

export type DatabaseOptions = { dataDir?: string; port?: number };

/** DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  return startEmbeddedPostgres(options.dataDir ?? ".data/pg", options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329));
}

export async function withDatabase<T>(work: (url: string) => Promise<T>, options?: DatabaseOptions): Promise<T> {
  const database = await openDatabase(options);
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}

/** Creates (or recreates) a database beside the one `url` names and returns its URL. */
export async function createFreshDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}
