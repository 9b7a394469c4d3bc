// Runs `prisma generate`. The CLI fetches its native schema engine even to generate, which
// fails offline; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the fetch,
// and generation itself never runs that binary.
import { spawnSync } from "node:child_process";

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
