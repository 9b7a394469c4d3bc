import type { FetchPageOptions } from "./fetch-page";

/**
 * The fetcher's options from the environment. FETCH_ALLOW_PRIVATE=true lets the server fetch
 * private and loopback addresses: for a newsroom intranet, and for tests that serve pages locally.
 */
export function fetchSettings(env: Record<string, string | undefined> = process.env): FetchPageOptions {
  return { allowPrivate: env.FETCH_ALLOW_PRIVATE === "true" };
}
