import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { loadHerokuHookConfig } from "./heroku-config";
import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";

export type TestEventResult = { status: number; ok: boolean; outcome: string; message: string };

/** A sample `api:release` update event, shaped like Heroku's (see ../shared/heroku-samples). */
export function sampleReleaseEvent({ app, email }: { app: string; email: string }) {
  const now = new Date().toISOString();
  const commit = randomBytes(20).toString("hex");
  return {
    id: randomUUID(),
    action: "update",
    actor: { email, id: randomUUID() },
    resource: "release",
    version: "application/vnd.heroku+json; version=3",
    published_at: now,
    data: {
      id: randomUUID(),
      version: Math.floor(Date.now() / 1000) % 100000,
      description: `Deploy ${commit.slice(0, 7)} (Shiplog test event)`,
      status: "succeeded",
      current: true,
      slug: { id: randomUUID(), commit, commit_description: "Shiplog test event" },
      user: { email, id: randomUUID() },
      app: { id: randomUUID(), name: app },
      created_at: now,
      updated_at: now,
    },
    webhook_metadata: {
      attempt: { id: randomUUID() },
      delivery: { id: randomUUID() },
      event: { id: randomUUID(), include: "api:release" },
      webhook: { id: randomUUID() },
    },
  };
}

/**
 * Sends a signed sample event to this project's own hook URL over HTTP, exactly as Heroku would,
 * and reports how the receiver answered. Signs with `secret` when given (the value Heroku printed),
 * else with the saved one — so a secret that differs from the saved one is caught before a deploy.
 */
export async function sendTestEvent(o: { projectId: number; baseUrl: string; app?: string; secret?: string; email: string }): Promise<TestEventResult> {
  const config = await loadHerokuHookConfig(o.projectId);
  const app = o.app ?? Object.keys(config.appEnvironments)[0] ?? "shiplog-test-app";
  const body = JSON.stringify(sampleReleaseEvent({ app, email: o.email }));
  const secret = o.secret ?? config.webhookSecret;
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Shiplog test event" };
  if (secret) headers["heroku-webhook-hmac-sha256"] = createHmac("sha256", secret).update(body).digest("base64");
  const url = hookUrl(o.baseUrl, "heroku", o.projectId, await getOrCreateReleaseToken(o.projectId));
  try {
    const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000), redirect: "manual" });
    const answer = (await response.json().catch(() => ({}))) as { outcome?: string; reason?: string; error?: { message?: string } };
    const ok = response.status >= 200 && response.status < 300;
    return {
      status: response.status,
      ok,
      outcome: answer.outcome ?? (ok ? "processed" : "rejected"),
      message: answer.error?.message ?? answer.reason ?? (ok ? `Recorded a test deploy of ${app}.` : `HTTP ${response.status}`),
    };
  } catch (error) {
    return { status: 0, ok: false, outcome: "unreachable", message: `Shiplog could not reach its own hook URL (${url}): ${(error as Error).message}. Set SHIPLOG_URL to the address this server is reachable at.` };
  }
}
