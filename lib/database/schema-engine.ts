import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

// The Prisma CLI downloads a native schema engine, which cannot happen offline; the
// WebAssembly build ships on npm. Its entry imports the .wasm as an ES module (a bundler
// convention Node lacks), so the glue is wired by hand here.
type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");

async function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@prisma/schema-engine-wasm");
  const dir = path.dirname(entry);
  const glue = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue as SchemaEngineModule;
}

/** Returns the SQL that turns a database shaped by `fromSchema` into one shaped by `toSchema`. */
export async function diffSchemas(fromSchema: string | null, toSchema: string, databaseUrl: string): Promise<string> {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const url = new URL(databaseUrl);
  // Discrete fields, not a connection string: adapter-pg would treat the string as the shadow database.
  const pg = new PrismaPg({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password) || undefined,
    database: url.pathname.slice(1) || "postgres",
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(pg as never);
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", toSchema]] }, () => {}, adapter);
  const datamodel = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content }] });
  const result = await engine.diff({
    from: fromSchema === null ? { tag: "empty" } : datamodel(fromSchema),
    to: datamodel(toSchema),
    script: true,
    shadowDatabaseUrl: null,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  } as never);
  engine.free();
  return result.stdout ?? "";
}
