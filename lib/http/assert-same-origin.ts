import { AppError } from "@/lib/errors";

/**
 * Refuses a state-changing request that a browser sent from another site (CSRF). Browsers
 * name the sending page's origin on every POST, PATCH and DELETE; it must be this server's
 * own host. Requests without one come from scripts and the CLI, not from a page a victim
 * opened, and still need a session cookie.
 */
export function assertSameOrigin(request: Request): void {
  const { headers } = request;
  if (headers.get("sec-fetch-site") === "cross-site") throw refused();
  const origin = headers.get("origin");
  if (origin === null) return;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw refused();
  }
  if (!host || originHost !== host) throw refused();
}

function refused(): AppError {
  return new AppError("forbidden", "Requests from other sites are refused: use Triangulate's own pages.");
}
