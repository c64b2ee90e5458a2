// One error type for expected failures. Route handlers and actions turn it into a status
// and a message; anything else is logged and answered with a generic message.

export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'CONFLICT' | 'VALIDATION' | 'RATE_LIMITED' | 'PAYLOAD_TOO_LARGE';

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
};

/** The HTTP status for an error code; 500 for anything unexpected. */
export function statusOf(code: ErrorCode | undefined): number {
  return code ? STATUS[code] : 500;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** JSON error response for route handlers; never leaks internal messages. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status, headers });
  }
  console.error(error);
  return Response.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } }, { status: 500, headers });
}
