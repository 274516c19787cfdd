// The one error shape for the whole app: services throw AppError, the API turns it into
// `{ error: { code, message, fields? } }` (errorBody below) and forms show
// `message` and `fields` beside the inputs.
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Not found") => new AppError(404, "not_found", what);
export const forbidden = (message = "You do not have permission to do that.") => new AppError(403, "forbidden", message);
export const conflict = (message: string, fields?: FieldErrors) => new AppError(409, "conflict", message, fields);
export const invalid = (fields: FieldErrors, message = "Some fields are invalid.") =>
  new AppError(400, "invalid_request", message, fields);

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

/** The JSON every error answer carries, API and hooks alike. */
export function errorBody({ code, message, fields }: AppError): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
