import { spawnSync } from "node:child_process";

/** The demo accounts the tests sign in as; `npm test` gives Playwright a fresh database. */
export default function globalSetup(): void {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/create-demo-users.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error("could not create the demo accounts");
}
