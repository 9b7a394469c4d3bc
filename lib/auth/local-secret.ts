import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(process.cwd(), ".data/auth-secret");

/**
 * The key that signs session cookies when BETTER_AUTH_SECRET is unset: made once per checkout
 * and kept in .data/ (ignored by git), so sessions survive restarts and no shared default exists.
 */
export function localAuthSecret(): string {
  try {
    return readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    try {
      // "wx": when two processes start at once, the second reads the first one's secret.
      writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(SECRET_FILE, "utf8").trim();
  }
}
