import { z } from "zod";
import { AppError } from "@/lib/errors";

const publicUrlSchema = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

/**
 * The address readers reach the site at, for links in exports: PUBLIC_URL when set (the request's
 * own origin is often an internal one behind a proxy), else the request's origin.
 */
export function publicBaseUrl(requestOrigin: string): string {
  const configured = process.env.PUBLIC_URL?.trim();
  if (!configured) return requestOrigin;
  const parsed = publicUrlSchema.safeParse(configured);
  // A misconfigured server, not a user's mistake: logged, and a 500.
  if (!parsed.success) throw new Error("PUBLIC_URL is not an http(s) address.");
  return parsed.data;
}

const LOCAL_HOST =
  /^(localhost|.*\.localhost|.*\.local|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/i;

/** Whether an address could be reached by the public: not this machine, not a private network. */
export function isPublicAddress(url: string): boolean {
  try {
    return !LOCAL_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** ClaimReview is published for others to link to: refuse to make one that points at localhost. */
export function assertPublishable(baseUrl: string): void {
  if (!isPublicAddress(baseUrl)) {
    throw new AppError(
      "unprocessable",
      `ClaimReview links to the reviews on this site, but ${baseUrl} is not a public address: set PUBLIC_URL to the address readers use (for example https://factcheck.example.org).`,
    );
  }
}
