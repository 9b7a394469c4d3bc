import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";

// The session comes from Next's request headers, which exist only inside a request; here the
// signed-in person is whoever the test says.
const signedIn = vi.hoisted(() => ({ actor: null as null | { id: string; name: string; role: "reader" | "editor" } }));
vi.mock("@/lib/auth/get-current-actor", () => ({ getCurrentActor: async () => signedIn.actor }));

const { route } = await import("./handle-route");

const context = { params: Promise.resolve({ slug: "ferry" }) };
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://app.test/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", host: "app.test", ...headers },
    body: JSON.stringify(body),
  });

describe("route", () => {
  it("refuses a cross-site mutation before doing anything, but lets a cross-site read through", async () => {
    const work = vi.fn(async () => ({ ok: true }));
    const refused = await route({}, work)(post({}, { origin: "http://evil.test" }), context);
    expect(refused.status).toBe(403);
    expect(work).not.toHaveBeenCalled();
    const read = await route({}, work)(new Request("http://app.test/api/x", { headers: { origin: "http://evil.test" } }), context);
    expect(read.status).toBe(200);
  });

  it("checks the role, parses the body, and hands params and actor to the handler", async () => {
    signedIn.actor = { id: "u1", name: "Reader", role: "reader" };
    const handler = route({ permission: "cluster:review", body: z.object({ note: z.string() }) }, async () => ({}));
    expect((await handler(post({ note: "x" }), context)).status).toBe(403);
    signedIn.actor = { id: "u2", name: "Editor", role: "editor" };
    const bad = await handler(post({ note: 3 }), context);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: { issues: string[] } } }).error.details.issues[0]).toMatch(/^note: /);
    const echo = route<{ slug: string }, z.ZodObject<{ note: z.ZodString }>>(
      { body: z.object({ note: z.string() }), status: 201 },
      async ({ actor, params, body }) => ({ by: actor?.name, slug: params.slug, note: body.note }),
    );
    const created = await echo(post({ note: "seen" }), context);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ by: "Editor", slug: "ferry", note: "seen" });
  });

  it("sends a Response as it is, nothing as 204, and a duplicate key as 409", async () => {
    const file = await route({}, async () => new Response("a,b", { headers: { "content-type": "text/csv" } }))(new Request("http://app.test/x"), context);
    expect(file.headers.get("content-type")).toBe("text/csv");
    expect((await route({}, async () => undefined)(post({}), context)).status).toBe(204);
    const duplicate = new Prisma.PrismaClientKnownRequestError("unique", { code: "P2002", clientVersion: "7.10.1" });
    const conflict = await route({}, async () => Promise.reject(duplicate))(post({}), context);
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe("conflict");
  });
});
