// Creates the demo accounts (one per role) in DATABASE_URL's database when missing. The
// end-to-end tests' global setup runs it, since `npm test` starts from an empty database.
//   node --conditions=react-server --import tsx scripts/create-demo-users.ts
import { createDemoUsers } from "../lib/demo/create-demo-users";
import { db } from "../lib/db";

try {
  const created = await createDemoUsers();
  if (created.length) console.log(`Created demo accounts: ${created.join(", ")}`);
} finally {
  await db.$disconnect();
}
