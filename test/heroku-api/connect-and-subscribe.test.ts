import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { connectHeroku, forgetHeroku } from "@/lib/server/heroku-api/connection";
import { listAccountApps, trackApps } from "@/lib/server/heroku-api/track-apps";
import { getHerokuConfig, loadHerokuHookConfig } from "@/lib/server/plugins/heroku-config";
import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";
import { dbKind, useTestDatabase } from "../helpers/database";
import type { FakeHeroku } from "./fake-heroku";
import { BASE_URL, connectedProject, deploysOf, startFake } from "./heroku-fixtures";

useTestDatabase();
let fake: FakeHeroku;
before(async () => (fake = await startFake()));
after(() => fake.close());

describe(`connecting Heroku's API (${dbKind()})`, () => {
  test("connect: the key is checked with GET /account, stored encrypted, and the account's email is kept", async () => {
    const { project, apiKey } = await connectedProject(fake);
    const row = await db().herokuConnection.findUniqueOrThrow({ where: { projectId: project.id } });
    assert.match(row.accountEmail, /^ops-.*@example\.com$/);
    assert.ok(row.apiKey.startsWith("enc:v1:") && !row.apiKey.includes(apiKey));
    assert.ok(fake.log.some((r) => r.path === "/account" && r.status === 200));
    await forgetHeroku({ projectId: project.id });
    assert.equal(await db().herokuConnection.count({ where: { projectId: project.id } }), 0);
  });

  test("a key Heroku refuses is not stored and the field says why", async () => {
    const { project } = await connectedProject(fake);
    await assert.rejects(connectHeroku({ projectId: project.id, apiKey: "not-a-real-key" }), (e: Error & { fields?: Record<string, string> }) => {
      assert.match(e.fields?.apiKey ?? "", /Heroku did not accept this key/);
      return true;
    });
    const row = await db().herokuConnection.findUniqueOrThrow({ where: { projectId: project.id } });
    assert.ok(row.accountEmail.startsWith("ops-"), "the earlier working key is kept");
  });

  test("list apps follows Next-Range across pages (206 then 200)", async () => {
    const { project, apiKey } = await connectedProject(fake, []);
    for (let i = 0; i < 1203; i++) fake.state.addApp(apiKey, `app-${String(i).padStart(4, "0")}-${project.id}`);
    const before = fake.log.length;
    const apps = await listAccountApps({ projectId: project.id });
    assert.equal(apps.length, 1203);
    assert.equal(new Set(apps.map((a) => a.name)).size, 1203);
    assert.deepEqual(fake.log.slice(before).map((r) => r.status), [206, 200]);
  });

  test("subscribe: webhooks created with the project's hook URL, one secret captured, and a signed hook is processed", async () => {
    const { project, apps } = await connectedProject(fake, ["acme-shop", "acme-shop-staging"]);
    const [prod, staging] = apps;
    const { failures } = await trackApps({ ...projectIds(project), apps: [{ name: prod, environment: "production" }, { name: staging, environment: "staging" }], baseUrl: BASE_URL });
    assert.deepEqual(failures, []);
    const url = hookUrl(BASE_URL, "heroku", project.id, await getOrCreateReleaseToken(project.id));
    const hooks = apps.map((a) => fake.state.apps.get(a)!.webhooks);
    assert.deepEqual(hooks.map((h) => h.map((w) => [w.url, w.level, w.include.join()])), [[[url, "sync", "api:release"]], [[url, "sync", "api:release"]]]);
    const config = await loadHerokuHookConfig(project.id);
    assert.equal(config.webhookSecret, hooks[0][0].secret, "the secret Heroku generated is stored");
    assert.equal(hooks[1][0].secret, hooks[0][0].secret, "the second app signs with the same secret");
    assert.equal(config.enabled, true);
    assert.deepEqual((await getHerokuConfig(project.id)).config.appEnvironments, { [prod]: "production", [staging]: "staging" });
    const tracked = await db().herokuApp.findMany({ where: { projectId: project.id }, orderBy: { name: "asc" } });
    assert.deepEqual(tracked.map((t) => [t.webhookState, t.webhookId]), hooks.map((h) => ["subscribed", h[0].id]));

    const [release] = fake.state.addReleases(staging, 1);
    const [answer] = await fake.deliver(staging, release, "update");
    assert.equal(answer.status, 200);
    assert.equal((await answer.json()).outcome, "processed");
    const deploys = await deploysOf(project.id);
    assert.deepEqual(deploys.map((d) => [d.app, d.herokuReleaseId, d.source]), [[staging, release.id, "hook"]]);
  });

  test("subscribing again reuses the subscription and keeps hooks verifying; unticking an app removes its webhook", async () => {
    const { project, apps } = await connectedProject(fake, ["acme-shop", "acme-api"]);
    const input = apps.map((name) => ({ name, environment: "production" }));
    await trackApps({ ...projectIds(project), apps: input, baseUrl: BASE_URL });
    const secret = (await loadHerokuHookConfig(project.id)).webhookSecret;
    await trackApps({ ...projectIds(project), apps: input, baseUrl: BASE_URL });
    assert.deepEqual(apps.map((a) => fake.state.apps.get(a)!.webhooks.length), [1, 1]);
    assert.equal((await loadHerokuHookConfig(project.id)).webhookSecret, secret);
    const [release] = fake.state.addReleases(apps[0], 1);
    assert.equal((await fake.deliver(apps[0], release, "update"))[0].status, 200);

    await trackApps({ ...projectIds(project), apps: input.slice(0, 1), baseUrl: BASE_URL });
    assert.deepEqual(apps.map((a) => fake.state.apps.get(a)!.webhooks.length), [1, 0]);
    assert.equal(await db().herokuApp.count({ where: { projectId: project.id } }), 1);
  });

  test("a revoked key: the call fails with the reconnect sentence and the connection shows it", async () => {
    const { project, apiKey } = await connectedProject(fake);
    fake.state.accounts.get(apiKey)!.revoked = true;
    await assert.rejects(listAccountApps({ projectId: project.id }), { message: "The API key was revoked — reconnect Heroku." });
    const row = await db().herokuConnection.findUniqueOrThrow({ where: { projectId: project.id } });
    assert.equal(row.lastError, "The API key was revoked — reconnect Heroku.");
  });

  test("429 with Retry-After: the client waits, retries and completes", async () => {
    const { project } = await connectedProject(fake, ["acme-shop"]);
    fake.inject({ status: 429, count: 2, match: /^GET \/apps$/, retryAfter: 1 });
    const before = fake.log.length;
    const apps = await listAccountApps({ projectId: project.id });
    assert.equal(apps.length, 1);
    const calls = fake.log.slice(before);
    assert.deepEqual(calls.map((c) => c.status), [429, 429, 200]);
    assert.ok(calls[1].at - calls[0].at >= 950 && calls[2].at - calls[1].at >= 950, "waited Retry-After between attempts");
  });
});

const projectIds = (p: { id: number; orgId: number }) => ({ projectId: p.id, orgId: p.orgId });
