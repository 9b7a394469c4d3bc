// `npm run create-admin -- EMAIL "Full Name"`: the first administrator of a server started
// without demo accounts (NODE_ENV=production). The password comes from ADMIN_PASSWORD, or is
// made up and printed once.
import { randomBytes } from "node:crypto";
import { prepareDatabase } from "./prepare-database";

const [email, name] = process.argv.slice(2);
if (!email || !name) {
  console.error('usage: npm run create-admin -- EMAIL "Full Name"');
  process.exit(2);
}
const database = await prepareDatabase();
const { db } = await import("../lib/db");
const { createPerson } = await import("../lib/people/create-person");
const password = process.env.ADMIN_PASSWORD || randomBytes(15).toString("base64url");
let exitCode = 0;
try {
  await createPerson({ id: "cli", name: "Command line", role: "admin" }, { name, email, password, role: "admin" });
  console.log(`Created administrator ${email}${process.env.ADMIN_PASSWORD ? "" : ` with password ${password}`}`);
} catch (error) {
  console.error(`create-admin failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
