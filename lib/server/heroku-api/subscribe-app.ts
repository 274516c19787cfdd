import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { loadHerokuHookConfig, setHerokuEnabled, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";
import { withHeroku } from "./connection";
import { createWebhook, deleteWebhook, listWebhooks, updateWebhook } from "./heroku-endpoints";
import { isHerokuApiError } from "./heroku-errors";

export type SubscribeOptions = { projectId: number; orgId: number; app: string; baseUrl: string };

/**
 * Creates (or updates) the app's api:release webhook to this project's hook URL and keeps its signing
 * secret. The project verifies every app's deliveries with one secret, so once it has one, Shiplog
 * passes it to Heroku; otherwise Heroku generates it and returns it once. Re-running reuses the
 * existing subscription to the same URL (updated to level sync, api:release, the project's secret).
 */
export async function subscribeApp(o: SubscribeOptions) {
  const url = hookUrl(o.baseUrl, "heroku", o.projectId, await getOrCreateReleaseToken(o.projectId));
  let secret = (await loadHerokuHookConfig(o.projectId)).webhookSecret;
  try {
    const webhookId = await withHeroku(o.projectId, async (client) => {
      const existing = (await listWebhooks(client, o.app)).find((w) => w.url === url);
      if (existing) {
        // Heroku never shows a secret again: an existing subscription gets the project's (or a new) one.
        secret ??= randomBytes(24).toString("hex");
        return (await updateWebhook(client, o.app, existing.id, { url, secret })).id;
      }
      const created = await createWebhook(client, o.app, { url, secret: secret ?? undefined });
      secret = created.secret;
      return created.webhook.id;
    });
    if (!secret) throw new Error("Heroku created the webhook without returning its signing secret");
    await updateHerokuConfig({ projectId: o.projectId, orgId: o.orgId, input: { webhookSecret: secret } });
    await setHerokuEnabled({ projectId: o.projectId, enabled: true });
    await db().herokuApp.update({
      where: { projectId_name: { projectId: o.projectId, name: o.app } },
      data: { webhookId, webhookState: "subscribed", webhookError: null },
    });
  } catch (error) {
    const message = isHerokuApiError(error) ? error.message : "Shiplog could not subscribe to this app's releases.";
    await db().herokuApp.update({ where: { projectId_name: { projectId: o.projectId, name: o.app } }, data: { webhookState: "failed", webhookError: message } });
    throw error;
  }
}

/** Removes the app's webhook on Heroku (already gone is fine) and stops tracking the app. */
export async function unsubscribeApp({ projectId, app }: { projectId: number; app: string }) {
  const row = await db().herokuApp.findUnique({ where: { projectId_name: { projectId, name: app } } });
  if (row?.webhookId) {
    await withHeroku(projectId, (client) => deleteWebhook(client, app, row.webhookId!)).catch((error) => {
      if (!isHerokuApiError(error, "heroku_not_found")) throw error;
    });
  }
  await db().herokuApp.deleteMany({ where: { projectId, name: app } });
}
