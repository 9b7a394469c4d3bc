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
const UNAVAILABLE_WORDS = /ECONNREFUSED|ECONNRESET|Connection terminated|DatabaseNotReachable|ConnectionClosed|the database system is (?:starting up|shutting down|in recovery mode)|terminating connection/i;

/** Whether an error means the database is down or overloaded: the client may retry, it did nothing wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message, meta } = error as { code?: unknown; message?: unknown; meta?: unknown };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  return UNAVAILABLE_WORDS.test(`${typeof message === "string" ? message : ""} ${meta ? JSON.stringify(meta) : ""}`);
}

/** What a user may see of any thrown value. */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`database unavailable: ${error instanceof Error ? error.message.split("\n").pop() : String(error)}`);
    return { status: 503, code: "service_unavailable", message: `The database is not answering; nothing was changed. Try again in a few seconds.` };
  }
  console.error(error);
  return { status: 500, code: "internal", message: GENERIC_ERROR_MESSAGE };
}
