import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { assertCan, type Actor, type Permission } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { AppError, RETRY_AFTER_SECONDS, toPublicError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertSameOrigin } from "./assert-same-origin";

type Params = Record<string, string | string[]>;

/** What a handler gets: the request, who sent it, the route's params and, when asked for, the parsed body. */
export type RouteInput<P extends Params, B> = { request: Request; actor: Actor | null; params: P; body: B };

type RouteOptions<S extends z.ZodType | undefined> = {
  /** Refused early (401/403) below this; the domain operation checks again, this only answers sooner. */
  permission?: Permission;
  /** Parsed from a JSON body (400 with `details.issues` when it does not fit). */
  body?: S;
  /** The status of a successful answer with a body; an undefined result is 204. */
  status?: number;
};

type BodyOf<S> = S extends z.ZodType ? z.infer<S> : undefined;

/**
 * The one way to write a route handler: resolves the session, refuses cross-site mutations
 * (every method but GET and HEAD), checks the role, parses the body, and turns what the
 * handler returns into JSON (a Response is sent as it is) and what it throws into
 * `{ error: { code, message, details? } }` with the status the error maps to.
 */
export function route<P extends Params = Params, S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (input: RouteInput<P, BodyOf<S>>) => Promise<unknown>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    handleRoute(async () => {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
      const actor = await getCurrentActor();
      if (options.permission) assertCan(actor, options.permission);
      const body = (options.body ? parseInput(options.body, await readJson(request), "body") : undefined) as BodyOf<S>;
      return handler({ request, actor, params: await context.params, body });
    }, options.status);
}

/** Runs a route's work, turning thrown errors into JSON with the right status. */
export async function handleRoute(work: () => Promise<unknown>, successStatus = 200): Promise<Response> {
  try {
    const result = await work();
    if (result instanceof Response) return result;
    if (result === undefined) return new NextResponse(null, { status: 204 });
    return NextResponse.json(result, { status: successStatus });
  } catch (error) {
    const { status, code, message, details } = toPublicError(error);
    const headers = status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined;
    return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status, headers });
  }
}

/** The request's JSON body; a body that is not JSON is the client's mistake, not ours. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
