/**
 * The Content-Security-Policy of every page. Scripts run only from this site and with the
 * request's nonce (Next.js puts it on its own inline scripts); React's style attributes need
 * inline styles. No page may be framed (frame-ancestors), and forms post only here.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and API alike (next.config.ts sets them). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// %00-%1F percent-encoded; tab, line feed and carriage return are allowed in a query (the
// sign-in page's return path normalises them away) but never in a path.
const CONTROL_IN_PATH = /%(?:0[0-9a-f]|1[0-9a-f])/i;
const CONTROL_IN_QUERY = /%(?:0[0-8bcef]|1[0-9a-f])/i;

/** Whether a request URL carries a control character in its path or query (a 400, never a 500). */
export function hasControlCharacters(url: URL): boolean {
  return CONTROL_IN_PATH.test(url.pathname) || CONTROL_IN_QUERY.test(url.search);
}
