/**
 * The closed set of failures Quorum reports. Each code maps once to a CLI exit code and an HTTP
 * status (CONVENTIONS.md: exit 1 some inputs failed, 2 wrong usage or configuration).
 */
export const ERROR_CODES = {
  CONFIG_INVALID: { exitCode: 2, httpStatus: 500 },
  DATABASE_UNREACHABLE: { exitCode: 2, httpStatus: 503 },
  DATA_DIR_NOT_WRITABLE: { exitCode: 2, httpStatus: 500 },
  SCHEMA_TOO_NEW: { exitCode: 2, httpStatus: 500 },
  SCHEMA_OUT_OF_DATE: { exitCode: 2, httpStatus: 503 },
  MIGRATION_FAILED: { exitCode: 2, httpStatus: 500 },
  INPUT_INVALID: { exitCode: 1, httpStatus: 400 },
  /** A setting's key or value is not one Quorum accepts: wrong usage, nothing stored. */
  SETTING_INVALID: { exitCode: 2, httpStatus: 400 },
  NOT_FOUND: { exitCode: 1, httpStatus: 404 },
  FORBIDDEN: { exitCode: 2, httpStatus: 403 },
  CONFLICT: { exitCode: 1, httpStatus: 409 },
  INTERNAL: { exitCode: 1, httpStatus: 500 },
} as const satisfies Record<string, { exitCode: number; httpStatus: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exitCode;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].httpStatus;
  }
}

/** Turns anything thrown into an AppError once, at the edge, keeping the original as the cause. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', message, { cause: error });
}
