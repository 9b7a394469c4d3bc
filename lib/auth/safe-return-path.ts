const BASE = "http://triangulate.invalid";

/**
 * A path on this site to go back to after signing in, read the way a browser will read it: the
 * URL parser drops tabs and line breaks anywhere and treats "\" as "/", so "/\t/evil.example"
 * and "/\\evil.example" both mean another site. Anything that resolves off this site, or to the
 * sign-in page itself (a redirect loop once signed in), sends the person home instead. The path
 * returned is the parsed one, so what is checked is what the browser gets.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  const stripped = value.replace(/[\t\n\r]/g, "");
  if (!stripped.startsWith("/") || /^[/\\]{2}/.test(stripped.replace(/\\/g, "/"))) return "/";
  let url: URL;
  try {
    url = new URL(stripped, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || /^\/sign-in(?:\/|$)/.test(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
