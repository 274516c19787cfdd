import { AppError } from "@/lib/server/errors";

// Every Heroku API failure reaches people as one sentence saying what to do; the `code` lets
// callers react (a revoked key marks the connection broken, a 404 marks one app gone).
export type HerokuErrorCode =
  | "heroku_unauthorized"
  | "heroku_forbidden"
  | "heroku_not_found"
  | "heroku_rate_limited"
  | "heroku_unavailable"
  | "heroku_unreachable"
  | "heroku_bad_response";

export class HerokuApiError extends AppError {
  constructor(
    readonly herokuCode: HerokuErrorCode,
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(502, herokuCode, message);
    this.name = "HerokuApiError";
  }
}

export function isHerokuApiError(error: unknown, code?: HerokuErrorCode): error is HerokuApiError {
  return error instanceof HerokuApiError && (code === undefined || error.herokuCode === code);
}

/** Heroku's error bodies are `{ id, message }`; its message is appended when it adds something. */
export function herokuErrorFor(status: number, body: { id?: string; message?: string } | null): HerokuApiError {
  const detail = body?.message ? ` (Heroku said: “${body.message.slice(0, 200)}”)` : "";
  if (status === 401) return new HerokuApiError("heroku_unauthorized", "The API key was revoked — reconnect Heroku.", status);
  if (status === 403) {
    return new HerokuApiError("heroku_forbidden", `Heroku refused: the account behind this key may not do that${detail}.`, status);
  }
  if (status === 404) {
    return new HerokuApiError("heroku_not_found", `Heroku could not find it: the app may have been deleted or renamed${detail}.`, status);
  }
  if (status === 429) {
    return new HerokuApiError("heroku_rate_limited", "Heroku's API rate limit is used up for now: Shiplog will try again later.", status);
  }
  if (status >= 500) {
    return new HerokuApiError("heroku_unavailable", `Heroku's API is not answering properly (HTTP ${status}): try again in a few minutes.`, status);
  }
  return new HerokuApiError("heroku_bad_response", `Heroku's API refused the request (HTTP ${status})${detail}.`, status);
}

export function unreachable(baseUrl: string, error: unknown): HerokuApiError {
  const timedOut = (error as Error)?.name === "TimeoutError";
  const why = timedOut ? "it did not answer in time" : "the connection failed";
  return new HerokuApiError("heroku_unreachable", `Shiplog could not reach Heroku's API at ${new URL(baseUrl).host}: ${why}. Try again later.`);
}

export const badResponse = (what: string) =>
  new HerokuApiError("heroku_bad_response", `Heroku's API answered ${what} in a shape Shiplog does not understand.`);
