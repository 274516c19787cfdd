import type { DeployKind, DeployStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { deployKindOf } from "@/lib/server/releases/deploy-kind";
import { fieldErrors } from "@/lib/validation/common";
import { releaseVersionProblem } from "@/lib/validation/release-version";
import { herokuEventSchema, type HerokuEvent } from "./heroku-event-schema";
import { storableText } from "./storable-text";

/** One Heroku api:release event, normalized: what the release service records. */
export type ReleaseEvent = {
  version: string;
  commitMessage: string | null;
  app: string;
  herokuReleaseId: string | null;
  herokuVersion: number | null;
  status: DeployStatus;
  kind: DeployKind;
  description: string | null;
  deployerEmail: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export type EventMeta = { eventId: string | null; action: string | null; releaseVersion: string | null };

export type ParsedHerokuEvent =
  | { kind: "release"; meta: EventMeta; event: ReleaseEvent }
  | { kind: "ignored"; meta: EventMeta; reason: string }
  | { kind: "invalid"; meta: EventMeta; error: AppError };

const STATUSES = new Set<string>(["pending", "succeeded", "failed"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses raw body bytes tolerantly: unknown fields pass, wrong types of fields we use are a 400. */
export function parseHerokuEvent(body: Uint8Array, receivedAt: Date): ParsedHerokuEvent {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(body));
  } catch {
    return invalid(emptyMeta(), new AppError(400, "invalid_json", "The body is not JSON (UTF-8)."));
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    return invalid(emptyMeta(), new AppError(400, "invalid_json", "The body must be a JSON object."));
  }
  const meta = peekMeta(json as Record<string, unknown>);
  const resource = (json as Record<string, unknown>).resource;
  if (typeof resource === "string" && resource !== "release") {
    return { kind: "ignored", meta, reason: `Not a release event (resource "${storableText(resource, 100)}").` };
  }
  const parsed = herokuEventSchema.safeParse(json);
  if (!parsed.success) {
    return invalid(meta, new AppError(400, "invalid_request", "The event does not look like a Heroku api:release event.", fieldErrors(parsed.error)));
  }
  return normalize(parsed.data, meta, receivedAt);
}

function normalize(e: HerokuEvent, meta: EventMeta, receivedAt: Date): ParsedHerokuEvent {
  const commit = e.data.slug?.commit;
  // Config and add-on releases of an app that never had code carry no slug: nothing to record.
  if (!e.data.slug) return { kind: "ignored", meta, reason: "The release has no slug (no code deployed yet)." };
  if (commit === null || commit === undefined || commit === "null") {
    return { kind: "ignored", meta, reason: "The release's slug has no commit." };
  }
  const problem = releaseVersionProblem(commit);
  if (problem) {
    return invalid(meta, new AppError(400, "invalid_request", "data.slug.commit is not a valid release version.", { "data.slug.commit": problem }));
  }
  const withVersion = { ...meta, releaseVersion: commit };
  let status: DeployStatus;
  if (e.data.status === null || e.data.status === undefined) {
    // Sentry's rule for events without a status (its own test payloads): "update" finishes the release.
    if (e.action !== "update") return { kind: "ignored", meta: withVersion, reason: `A "${meta.action ?? "missing"}" event without a status changes nothing.` };
    status = "succeeded";
  } else if (STATUSES.has(e.data.status)) {
    status = e.data.status as DeployStatus;
  } else {
    return { kind: "ignored", meta: withVersion, reason: `Release status "${storableText(e.data.status, 50)}" is not tracked.` };
  }
  const email = e.data.user?.email || e.data.actor?.email || e.actor?.email || null;
  const startedAt = e.data.created_at ?? null;
  return {
    kind: "release",
    meta: withVersion,
    event: {
      version: commit,
      commitMessage: storableText(e.data.slug.commit_description?.trim() || null, 2000),
      app: e.data.app.name,
      herokuReleaseId: e.data.id ?? null,
      herokuVersion: e.data.version ?? null,
      status,
      kind: deployKindOf(e.data.description),
      description: storableText(e.data.description?.trim() || null, 1000),
      deployerEmail: email ? email.trim().toLowerCase() : null,
      startedAt,
      finishedAt: status === "pending" ? null : (e.data.updated_at ?? receivedAt),
    },
  };
}

/**
 * A release read from Heroku's API (with its slug's commit filled in), normalized exactly as a
 * webhook event carrying it would be: imports and reconciles follow the hooks' rules.
 */
export function parseHerokuReleaseData(data: unknown, receivedAt: Date): ParsedHerokuEvent {
  const parsed = herokuEventSchema.safeParse({ action: "update", resource: "release", data });
  if (!parsed.success) {
    return invalid(emptyMeta(), new AppError(502, "heroku_bad_response", "A release from Heroku's API does not look like a release.", fieldErrors(parsed.error)));
  }
  return normalize(parsed.data, emptyMeta(), receivedAt);
}

function invalid(meta: EventMeta, error: AppError): ParsedHerokuEvent {
  return { kind: "invalid", meta, error };
}

function emptyMeta(): EventMeta {
  return { eventId: null, action: null, releaseVersion: null };
}

/** Event id and action for the delivery log, read leniently (also from events that fail validation). */
function peekMeta(json: Record<string, unknown>): EventMeta {
  const str = (v: unknown, max: number) => (typeof v === "string" && v ? storableText(v, max) : null);
  const metadata = json.webhook_metadata as { event?: { id?: unknown } } | null | undefined;
  const nested = metadata && typeof metadata === "object" ? metadata.event : undefined;
  return {
    eventId: str(json.id, 200) ?? str(nested && typeof nested === "object" ? nested.id : undefined, 200),
    action: str(json.action, 50),
    releaseVersion: null,
  };
}
