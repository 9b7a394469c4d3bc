import "server-only";
import { NextResponse } from "next/server";
import { AppError, RETRY_AFTER_SECONDS, toPublicError } from "@/lib/errors";

/** Runs a route handler, turning thrown errors into JSON with the right status. */
export async function handleRoute(work: () => Promise<unknown>, successStatus = 200): Promise<NextResponse> {
  try {
    const result = await work();
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
