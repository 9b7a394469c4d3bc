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

/** What a user may see of any thrown value. */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  console.error(error);
  return { status: 500, code: "internal", message: GENERIC_ERROR_MESSAGE };
}
