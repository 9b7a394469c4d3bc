import { applyMigrations } from "../lib/database/apply-migrations";
import { createFreshDatabase } from "../lib/database/with-database";
const url = await createFreshDatabase("postgresql://postgres@127.0.0.1:5432/postgres", process.argv[2]!);
await applyMigrations(url);
console.log(url);
