import { z } from "zod";
import type { HerokuClient, HerokuResponse } from "./heroku-client";
import { accountSchema, anyBody, appSchema, releaseSchema, slugSchema, webhookSchema, type HerokuAppInfo, type HerokuWebhook } from "./heroku-schemas";

// One function per Platform API endpoint Shiplog uses. App names go into paths, so they are encoded.
const appPath = (app: string) => `/apps/${encodeURIComponent(app)}`;
const MAX_PAGES = 100;

export async function getAccount(client: HerokuClient) {
  return (await client.request({ path: "/account", schema: accountSchema, what: "the account" })).data;
}

/** Every app the account can see, following Next-Range until Heroku answers 200 (the last page). */
export async function listApps(client: HerokuClient) {
  const apps: HerokuAppInfo[] = [];
  let range: string | undefined = "name ..; max=1000";
  for (let page = 0; range && page < MAX_PAGES; page++) {
    const answer: HerokuResponse<HerokuAppInfo[]> = await client.request({ path: "/apps", schema: z.array(appSchema), range, what: "the app list" });
    apps.push(...answer.data);
    range = answer.nextRange ?? undefined;
  }
  return apps.sort((a, b) => a.name.localeCompare(b.name));
}

/** One page of an app's releases, newest first; `range` is the previous page's Next-Range. */
export async function listReleasesPage(client: HerokuClient, o: { app: string; range?: string | null; pageSize?: number }) {
  const range = o.range ?? `version ..; max=${o.pageSize ?? 200}, order=desc`;
  const { data, nextRange } = await client.request({
    path: `${appPath(o.app)}/releases`,
    schema: z.array(releaseSchema),
    range,
    what: "the release list",
  });
  return { releases: data, nextRange };
}

export async function getSlug(client: HerokuClient, o: { app: string; slugId: string }) {
  const path = `${appPath(o.app)}/slugs/${encodeURIComponent(o.slugId)}`;
  return (await client.request({ path, schema: slugSchema, what: "a slug" })).data;
}

export async function listWebhooks(client: HerokuClient, app: string) {
  return (await client.request({ path: `${appPath(app)}/webhooks`, schema: z.array(webhookSchema), what: "the webhook list" })).data;
}

export type WebhookInput = { url: string; secret?: string };

/**
 * Creates an api:release webhook at level sync (Heroku retries failed deliveries for 72 h). Without
 * a `secret` Heroku generates one and returns it once, in the Heroku-Webhook-Secret header.
 */
export async function createWebhook(client: HerokuClient, app: string, input: WebhookInput) {
  const { data, headers } = await client.request({
    method: "POST",
    path: `${appPath(app)}/webhooks`,
    schema: webhookSchema,
    body: { include: ["api:release"], level: "sync", url: input.url, ...(input.secret ? { secret: input.secret } : {}) },
    what: "the new webhook",
  });
  return { webhook: data, secret: headers.get("Heroku-Webhook-Secret") ?? input.secret ?? null };
}

export async function updateWebhook(client: HerokuClient, app: string, id: string, input: Required<WebhookInput>): Promise<HerokuWebhook> {
  const path = `${appPath(app)}/webhooks/${encodeURIComponent(id)}`;
  const body = { include: ["api:release"], level: "sync", url: input.url, secret: input.secret };
  return (await client.request({ method: "PATCH", path, schema: webhookSchema, body, what: "the updated webhook" })).data;
}

export async function deleteWebhook(client: HerokuClient, app: string, id: string) {
  await client.request({ method: "DELETE", path: `${appPath(app)}/webhooks/${encodeURIComponent(id)}`, schema: anyBody, what: "the webhook removal" });
}
