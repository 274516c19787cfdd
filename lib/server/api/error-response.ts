import { AppError, errorBody, isAppError, isUniqueViolation } from "@/lib/server/errors";

/**
 * The one mapping from a thrown error to an API answer: `{ error: { code, message, fields? } }`.
 * AppErrors keep their status and code; anything unexpected is logged and answered as a 500
 * without details (they could contain secrets or SQL).
 */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (!known) console.error("[api] unexpected error", error);
  const appError = known ?? new AppError(500, "internal_error", "Something went wrong on the server.");
  const { status } = appError;
  const body = errorBody(appError);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (status === 401) headers.set("WWW-Authenticate", 'Bearer realm="shiplog"');
  return Response.json(body, { status, headers });
}

function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  // A race the service did not anticipate (two creates of one slug): still the client's conflict.
  if (isUniqueViolation(error)) return new AppError(409, "conflict", "This already exists.");
  return null;
}

export const unauthorized = (message: string) => new AppError(401, "unauthorized", message);
export const routeNotFound = () => new AppError(404, "not_found", "No such API endpoint. See /api/0/openapi.json.");
export const methodNotAllowed = (allowed: string[]) =>
  new AppError(405, "method_not_allowed", `This endpoint answers ${allowed.join(", ")}.`);
