import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const NEXT_BIN = "node_modules/next/dist/bin/next";
const SOURCES = ["app", "components", "lib", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json", "tsconfig.build.json"];

/** Runs `next build` unless a build newer than every source file exists; returns success. */
export function buildAppIfStale(): boolean {
  if (!buildIsStale()) return true;
  console.log("Building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
  return build.status === 0;
}

function buildIsStale(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || /\.test\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}
