// `npm test`: the type check, unit and database tests (vitest), then end-to-end tests (Playwright in
// Chromium), all against a fresh database on a real PostgreSQL: DATABASE_URL's server when
// set, else an embedded one. Ends with the line `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { applyMigrations } from "../lib/database/apply-migrations";
import { createFreshDatabase, openDatabase } from "../lib/database/with-database";
import { buildAppIfStale } from "./build-app";
import { ensurePrismaClient } from "./prepare-database";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const only = process.argv[2]; // "unit" or "e2e" to run one half
const filters = process.argv.slice(3); // `npm test e2e matrix`: only the spec files matching "matrix"
mkdirSync("test-results", { recursive: true });

ensurePrismaClient();
const server = await openDatabase({ dataDir: ".data/pg-test", port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330) });
let passed = 0;
let failed = 0;
try {
  // TEST_DATABASE_NAME lets two checkouts test side by side against one server.
  const testUrl = await createFreshDatabase(server.url, process.env.TEST_DATABASE_NAME ?? "triangulate_test");
  await applyMigrations(testUrl);
  process.env.DATABASE_URL = testUrl;

  if (only !== "e2e") {
    // The build checks only the app's code (tsconfig.build.json); this checks tests and scripts too.
    console.log("tsc --noEmit (the whole project, tests and scripts included)");
    const typecheck = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"], { stdio: "inherit" });
    if (typecheck.status === 0) passed += 1;
    else failed += 1;
    console.log("eslint (npm run lint)");
    const lint = spawnSync(process.execPath, ["node_modules/eslint/bin/eslint.js", "."], { stdio: "inherit" });
    if (lint.status === 0) passed += 1;
    else failed += 1;
    console.log("prettier --check (npm run format:check)");
    const format = spawnSync(process.execPath, ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level=warn", "."], { stdio: "inherit" });
    if (format.status === 0) passed += 1;
    else failed += 1;
    const vitest = spawnSync(
      process.execPath,
      ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
      { stdio: "inherit", env: process.env },
    );
    const counts = readJson<{ numPassedTests: number; numFailedTests: number }>("test-results/vitest.json");
    passed += counts?.numPassedTests ?? 0;
    // a test file whose worker died (an unhandled error) has no failed test to count, but the run failed
    failed += counts ? counts.numFailedTests || (vitest.status !== 0 ? 1 : 0) : 1;
    if (!counts && vitest.status !== 0) console.error("vitest did not report its results");
  }

  if (only !== "unit") {
    if (!buildAppIfStale()) {
      failed += 1;
      console.error("next build failed: no end-to-end tests ran");
    } else {
      const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json" };
      spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json", ...(only === "e2e" ? filters : [])], {
        stdio: "inherit",
        env,
      });
      const stats = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>("test-results/playwright.json")?.stats;
      passed += stats ? stats.expected + stats.flaky : 0;
      failed += stats ? stats.unexpected : 1;
    }
  }
} finally {
  await server.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}
