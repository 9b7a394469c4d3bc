// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change between the
// schema as of the last migration (prisma/migrations/schema-snapshot.prisma) and now.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/database/apply-migrations";
import { diffSchemas } from "../lib/database/schema-engine";
import { withDatabase } from "../lib/database/with-database";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const snapshotPath = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");
const current = readFileSync(path.resolve(import.meta.dirname, "../prisma/schema.prisma"), "utf8");
const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null;

const sql = await withDatabase((url) => diffSchemas(previous, current, url));
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("The schema has not changed since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
writeFileSync(snapshotPath, current);
writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
