import { createHash } from "node:crypto";
import { environmentForApp, loadHerokuHookConfig } from "@/lib/server/plugins/heroku-config";
import { recordHerokuRelease } from "@/lib/server/releases/record-heroku-release";
import { parseHerokuEvent } from "./heroku-event";
import { ignoredOutcome, rejectedOutcome } from "./hook-response";
import type { HookInput, HookOutcome, ReleaseHookPlugin } from "./hook-types";
import { HEROKU_SIGNATURE_HEADER, verifyHerokuBody } from "./verify-heroku-body";

/** The Heroku plugin: one api:release event → one release (the commit) and one deploy (the Heroku release). */
export const herokuPlugin: ReleaseHookPlugin = {
  async prepare(project) {
    const config = await loadHerokuHookConfig(project.id);
    return {
      enabled: config.enabled,
      async handle({ request, body, receivedAt }: HookInput): Promise<HookOutcome> {
        try {
          verifyHerokuBody({ secret: config.webhookSecret, header: request.headers.get(HEROKU_SIGNATURE_HEADER), body });
        } catch (error) {
          return rejectedOutcome(error);
        }
        const parsed = parseHerokuEvent(body, receivedAt);
        if (parsed.kind === "invalid") return rejectedOutcome(parsed.error, parsed.meta);
        if (parsed.kind === "ignored") return ignoredOutcome(parsed.reason, parsed.meta);
        const { event, meta } = parsed;
        const environment = environmentForApp(config, event.app);
        const result = await recordHerokuRelease({
          project,
          event,
          // Events without an id (hand-made or Sentry-style payloads): identical bodies are the same event.
          dedupeKey: meta.eventId ?? `sha256:${createHash("sha256").update(body).digest("hex")}`,
          environment,
          repositoryId: config.repositoryId,
          now: receivedAt,
        });
        const base = { eventId: meta.eventId, action: meta.action, releaseVersion: event.version };
        if (result.outcome === "duplicate") {
          const reason = "This event was received before; nothing changed.";
          return { ...base, status: 200, outcome: "duplicate", reason, answer: { outcome: "duplicate", reason } };
        }
        return {
          ...base,
          status: 200,
          outcome: "processed",
          reason: null,
          answer: {
            outcome: "processed",
            release: { version: event.version },
            deploy: { id: String(result.deployId), environment, app: event.app, status: result.status, kind: event.kind },
          },
        };
      },
    };
  },
};
