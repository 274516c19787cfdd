// Sentry's own Heroku plugin tests (sentry-plugins heroku/tests), replayed against Shiplog. Their
// payloads have no status, no event id and no Heroku release id.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { releaseViews } from "@/lib/server/releases/release-view";
import { useTestDatabase } from "../helpers/database";
import { JANE, countRows, createHookProject, lastDelivery, sendHook, type HookProject } from "./hook-fixtures";

 
useTestDatabase();

const sentryBody = (who: Record<string, unknown>, commit: unknown = "abcd123", action = "update") => ({
  data: { ...who, slug: { commit }, app: { name: "example" } },
  action,
});

async function releaseJson(project: HookProject, version: string) {
  const release = await db().release.findUniqueOrThrow({ where: { orgId_version: { orgId: project.orgId, version } } });
  const [view] = await releaseViews({ orgId: project.orgId, projectId: project.id, releaseIds: [release.id] });
  return view;
}

describe("Sentry's Heroku plugin cases", () => {
  test("user email: the release is finished, owned by the member, with a succeeded deploy", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sentryBody({ user: { email: JANE.email } }) });
    assert.equal(res.status, 200);
    const view = await releaseJson(project, "abcd123");
    assert.deepEqual(view.owner, { email: JANE.email, name: JANE.name });
    assert.equal(view.url, "http://example.herokuapp.com");
    assert.ok(view.dateReleased, "update finishes the release");
    assert.equal(view.deployCount, 1);
    assert.equal(view.lastDeploy?.status, "succeeded");
    assert.equal(view.lastDeploy?.environment, "production");
    assert.equal(view.lastDeploy?.app, "example");
    assert.equal(view.lastDeploy?.herokuReleaseVersion, null);
  });

  test("actor email (data.actor) is the deployer when data.user is absent, matched case-insensitively", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sentryBody({ actor: { email: "Jane@Example.COM" } }) });
    assert.equal(res.status, 200);
    const view = await releaseJson(project, "abcd123");
    assert.deepEqual(view.owner, { email: JANE.email, name: JANE.name });
    assert.deepEqual(view.lastDeploy?.deployer, { email: JANE.email, name: JANE.name });
  });

  test("top-level actor.email is the last fallback; data.user wins over both", async () => {
    const project = await createHookProject();
    await sendHook(project, { body: { ...sentryBody({}, "v-top"), actor: { email: "top@example.com" } } });
    await sendHook(project, {
      body: { ...sentryBody({ user: { email: "user@example.com" }, actor: { email: "data-actor@example.com" } }, "v-user"), actor: { email: "top@example.com" } },
    });
    assert.equal((await releaseJson(project, "v-top")).owner?.email, "top@example.com");
    assert.equal((await releaseJson(project, "v-user")).owner?.email, "user@example.com");
  });

  test("create without a status does nothing (202 ignored)", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sentryBody({ user: { email: JANE.email } }, "abcd123", "create") });
    assert.equal(res.status, 202);
    assert.equal(res.json.outcome, "ignored");
    const rows = await countRows(project);
    assert.equal(rows.releases, 0);
    assert.equal(rows.deploys, 0);
    assert.equal((await lastDelivery(project.id))?.outcome, "ignored");
  });

  test("unknown email: release and deploy recorded anyway (unlike Sentry), the email kept without a name", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sentryBody({ user: { email: "wrong@example.com" } }, "v999") });
    assert.equal(res.status, 200);
    const view = await releaseJson(project, "v999");
    assert.deepEqual(view.owner, { email: "wrong@example.com", name: null });
    assert.equal(view.deployCount, 1);
    assert.deepEqual(view.lastDeploy?.deployer, { email: "wrong@example.com", name: null });
  });

  test("no email at all: still recorded, without owner", async () => {
    const project = await createHookProject();
    assert.equal((await sendHook(project, { body: sentryBody({}, "v-nobody") })).status, 200);
    const view = await releaseJson(project, "v-nobody");
    assert.equal(view.owner, null);
    assert.equal(view.lastDeploy?.deployer, null);
  });

  test("empty commit: 400 with the error shape, nothing stored", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sentryBody({ actor: { email: JANE.email } }, "") });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.code, "invalid_request");
    assert.match(res.json.error.fields["data.slug.commit"], /empty/);
    assert.equal((await countRows(project)).releases, 0);
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.outcome, "rejected");
    assert.equal(delivery?.status, 400);
  });

  test("the same Sentry-style payload twice is one event (no id: the body hash dedupes it)", async () => {
    const project = await createHookProject();
    const body = sentryBody({ user: { email: JANE.email } }, "v-twice");
    assert.equal((await sendHook(project, { body })).json.outcome, "processed");
    const again = await sendHook(project, { body });
    assert.equal(again.status, 200);
    assert.equal(again.json.outcome, "duplicate");
    assert.equal((await countRows(project)).deploys, 1);
  });
});
