/**
 * A path on this site to go back to after signing in. Another site ("//host", "/\\host") or the
 * sign-in page itself (a redirect loop once signed in) sends the person home instead.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return "/";
  if (value.startsWith("//") || value.startsWith("/\\") || /^\/sign-in(?:[/?#]|$)/.test(value)) return "/";
  return value;
}
