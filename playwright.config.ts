import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium where it is installed (no browser download is possible here); elsewhere
// the browser from `npx playwright install chromium`.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  // The demo accounts the tests sign in as.
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Uploads are read and analysed in a worker thread; on a busy two-core machine that can take seconds.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } } }],
  webServer: [
    {
      // Served as npm start serves it: two processes on one port, so the tests also catch state
      // that one process would keep to itself.
      command: `node scripts/next-cluster.mjs 2 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      // Sign-in's base URL and trusted origins are built from PORT. The follow-story tests serve
      // pages from loopback, which the fetcher refuses unless private addresses are allowed.
      // Exports link to the public address (ClaimReview refuses a local one).
      env: { PORT: String(PORT), FETCH_ALLOW_PRIVATE: "true", PUBLIC_URL: "https://triangulate.example.org" },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Analyses are background jobs: a worker process beside the web server, as on a web-only node.
      command: "node --import tsx --conditions=react-server scripts/worker.ts",
      url: `http://127.0.0.1:${PORT + 1000}/health`,
      env: { WORKERS: "2", WORKER_HEALTH_PORT: String(PORT + 1000) },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
