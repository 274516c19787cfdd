import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/server/database-errors";
import { AppError, errorBody, isAppError } from "@/lib/server/errors";
import type { HookOutcome } from "./hook-types";

type EventMeta = { eventId?: string | null; action?: string | null; releaseVersion?: string | null };

/** A refused request as a hook outcome: the delivery log keeps why. */
export function rejectedOutcome(error: unknown, meta: EventMeta = {}): HookOutcome {
  const appError = isAppError(error) ? error : internalError(error);
  const details = appError.fields ? ` (${Object.entries(appError.fields).map(([k, v]) => `${k}: ${v}`).join("; ")})` : "";
  return {
    status: appError.status,
    outcome: "rejected",
    reason: `${appError.code}: ${appError.message}${details}`.slice(0, 1000),
    eventId: meta.eventId ?? null,
    action: meta.action ?? null,
    releaseVersion: meta.releaseVersion ?? null,
    answer: errorBody(appError),
  };
}

/**
 * A thrown error as a hook outcome. When the database is unreachable the answer is 503 with
 * Retry-After (Heroku retries; nothing was stored, so nothing may look accepted); other
 * unexpected errors are bugs and answer 500.
 */
export async function failedOutcome(error: unknown, meta: EventMeta = {}): Promise<HookOutcome> {
  if (!isAppError(error) && (await isDatabaseUnavailable(error))) {
    console.error(`[hooks] database unavailable, answering 503: ${String((error as Error)?.message ?? error).split("\n")[0].slice(0, 200)}`);
    return rejectedOutcome(databaseUnavailable(), meta);
  }
  return rejectedOutcome(error, meta);
}

const databaseUnavailable = () =>
  new AppError(503, "database_unavailable", "Shiplog's database is unreachable right now; nothing was stored. Retry later.");

function internalError(error: unknown): AppError {
  // Not the sender's fault (a bug): 500 so Heroku retries, details only in the log.
  console.error("[hooks] unexpected error", error);
  return new AppError(500, "internal_error", "Shiplog could not process this hook; it will accept a retry.");
}

export function ignoredOutcome(reason: string, meta: EventMeta = {}): HookOutcome {
  return {
    status: 202,
    outcome: "ignored",
    reason,
    eventId: meta.eventId ?? null,
    action: meta.action ?? null,
    releaseVersion: meta.releaseVersion ?? null,
    answer: { outcome: "ignored", reason },
  };
}

export function hookResponse(outcome: Pick<HookOutcome, "status" | "answer">, headers?: Record<string, string>): Response {
  const retry: Record<string, string> = outcome.status === 503 ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {};
  return Response.json(outcome.answer, { status: outcome.status, headers: { "cache-control": "no-store", ...retry, ...headers } });
}
