import { createHmac, randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

type EventOptions = {
  action?: "create" | "update";
  status?: "pending" | "succeeded" | "failed";
  herokuReleaseId?: string;
  version: number;
  commit: string;
  app: string;
  description?: string;
  email?: string;
  at?: Date;
};

/** A Heroku `api:release` event in the shape of ../shared/heroku-samples. */
export function releaseEvent(o: EventOptions) {
  const at = (o.at ?? new Date()).toISOString();
  return {
    id: randomUUID(),
    action: o.action ?? "update",
    actor: { email: o.email ?? "dev@example.com", id: randomUUID() },
    resource: "release",
    data: {
      id: o.herokuReleaseId ?? randomUUID(),
      version: o.version,
      description: o.description ?? `Deploy ${o.commit.slice(0, 7)}`,
      status: o.status ?? "succeeded",
      current: o.status !== "failed",
      slug: { id: randomUUID(), commit: o.commit, commit_description: "Some change" },
      user: { email: o.email ?? "dev@example.com", id: randomUUID() },
      app: { id: randomUUID(), name: o.app },
      created_at: at,
      updated_at: at,
    },
    webhook_metadata: { attempt: { id: randomUUID() }, delivery: { id: randomUUID() }, event: { id: randomUUID(), include: "api:release" }, webhook: { id: randomUUID() } },
  };
}

/** Posts an event to a hook URL signed as Heroku signs it; returns the HTTP status. */
export async function postSigned(request: APIRequestContext, url: string, secret: string, event: unknown): Promise<number> {
  const body = JSON.stringify(event);
  const response = await request.post(url, {
    data: body,
    headers: { "content-type": "application/json", "heroku-webhook-hmac-sha256": createHmac("sha256", secret).update(body).digest("base64") },
    maxRedirects: 0,
  });
  return response.status();
}

/** Enables the integration and saves a secret and app mappings through the settings screen; returns the hook URL shown. */
export async function configureHeroku(page: Page, base: string, o: { secret: string; apps?: [string, string][]; repository?: string }) {
  await page.goto(`${base}/settings/heroku`);
  await page.getByRole("button", { name: "Enable integration" }).click();
  await expect(page.getByText("● Enabled")).toBeVisible();
  for (const [i, [app, env]] of (o.apps ?? []).entries()) {
    await page.getByRole("button", { name: "+ Add app" }).click();
    await page.getByLabel(`Heroku app name, row ${i + 1}`).fill(app);
    await page.getByLabel(`Environment, row ${i + 1}`).fill(env);
  }
  if (o.repository) await page.getByLabel("Repository", { exact: true }).selectOption(o.repository);
  await page.getByLabel("Webhook secret", { exact: true }).fill(o.secret);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  return (await page.getByTestId("heroku-hook-url").textContent())!.trim();
}
