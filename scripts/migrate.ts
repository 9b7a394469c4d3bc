// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (or the embedded database).
import { prepareDatabase } from "./prepare-database";

const database = await prepareDatabase();
console.log("Database is up to date.");
await database.stop();
