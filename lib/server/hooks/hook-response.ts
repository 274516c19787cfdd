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

function internalError(error: unknown): AppError {
  // Not the sender's fault (database down, bug): 500 so Heroku retries, details only in the log.
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

export function hookResponse(outcome: Pick<HookOutcome, "status" | "answer">, headers?: HeadersInit): Response {
  return Response.json(outcome.answer, { status: outcome.status, headers: { "cache-control": "no-store", ...headers } });
}
