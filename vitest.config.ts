import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Server modules import "server-only", which throws outside a React server bundle.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // DB tests share one database; running files in parallel would interleave their writes.
    fileParallelism: false,
    // Uploads and analyses run in a worker thread, which takes a second or two to start in each test file.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
