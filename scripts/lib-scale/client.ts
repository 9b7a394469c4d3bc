import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/demo/demo-users";
import type { Role } from "../../lib/auth/actor";

export type Client = { base: string; get: (path: string) => Promise<Response>; post: (path: string, body: unknown) => Promise<Response> };

/** A fetch client signed in as a demo user (the session cookie kept by hand). */
export async function signInClient(base: string, role: Role): Promise<Client> {
  const user = DEMO_USERS.find((candidate) => candidate.role === role)!;
  const headers = { "content-type": "application/json", origin: base };
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return {
    base,
    get: (path) => fetch(`${base}${path}`, { headers: { cookie } }),
    post: (path, body) => fetch(`${base}${path}`, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify(body) }),
  };
}
