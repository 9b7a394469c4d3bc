import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, hasControlCharacters } from "@/lib/http/security-headers";

/**
 * Before every page and API request: refuses control characters in the path or query (a NUL
 * in a slug or id would otherwise reach PostgreSQL), and gives each page a fresh CSP nonce.
 */
export function proxy(request: NextRequest) {
  if (hasControlCharacters(request.nextUrl)) {
    return NextResponse.json({ error: { code: "bad_request", message: "The address contains control characters." } }, { status: 400 });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not for the build's static files: they carry no user input and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
