// One error type for everything a user can get wrong; anything else is a bug and is
// logged, then shown as a generic message.
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

export type PublicError = { status: number; code: ErrorCode | "internal"; message: string; details?: Record<string, unknown> };

/** Seconds a client is asked to wait (Retry-After) when the database is not answering. */
export const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for a database it cannot reach, that closed the connection or timed out, and
// the driver's own words for the same; matched by shape so this file needs no Prisma import.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNAVAILABLE_WORDS =
  /ECONNREFUSED|ECONNRESET|Connection terminated|DatabaseNotReachable|ConnectionClosed|the database system is (?:starting up|shutting down|in recovery mode)|terminating connection/i;

/** Whether an error means the database is down or overloaded: the client may retry, it did nothing wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message, meta } = error as { code?: unknown; message?: unknown; meta?: unknown };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  return UNAVAILABLE_WORDS.test(`${typeof message === "string" ? message : ""} ${meta ? JSON.stringify(meta) : ""}`);
}

/** Prisma's code on a known request error ("P2002"), read by shape like isDatabaseUnavailable. */
function prismaCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object" || !("code" in error)) return undefined;
  const { code, clientVersion } = error as { code?: unknown; clientVersion?: unknown };
  return typeof code === "string" && typeof clientVersion === "string" ? code : undefined;
}

/** A write refused by a unique index: someone else stored the same thing first. */
export function isDuplicateKey(error: unknown): error is { code: "P2002"; meta?: Record<string, unknown> } {
  return prismaCode(error) === "P2002";
}

/**
 * The one mapping of database refusals to what a user can act on: a duplicate is a conflict
 * (409), a record that vanished between read and write is missing (404). Operations that can
 * say more (whose email, which report) catch with isDuplicateKey and throw their own AppError.
 */
function fromDatabaseError(error: unknown): AppError | null {
  const code = prismaCode(error);
  if (code === "P2002") return new AppError("conflict", "Someone else just stored the same thing; reload and try again.");
  if (code === "P2025") return new AppError("not_found", "This record no longer exists; it may just have been deleted.");
  return null;
}

/**
 * Status rule: input that fails its schema (Zod, parseInput) is 400; well-formed input whose
 * content cannot be used (no article text, HTML nested too deep, too many claims) is 422; too
 * large is 413. Those are AppError codes chosen where the content is read.
 */
export function toPublicError(error: unknown): PublicError {
  const known = error instanceof AppError ? error : fromDatabaseError(error);
  if (known) {
    return { status: known.status, code: known.code, message: known.message, details: known.details };
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`database unavailable: ${error instanceof Error ? error.message.split("\n").pop() : String(error)}`);
    return { status: 503, code: "service_unavailable", message: `The database is not answering; nothing was changed. Try again in a few seconds.` };
  }
  console.error(error);
  return { status: 500, code: "internal", message: GENERIC_ERROR_MESSAGE };
}
