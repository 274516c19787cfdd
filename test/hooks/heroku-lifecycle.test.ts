import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { useTestDatabase } from "../helpers/database";
import { countRows, createHookProject, freshEvent, lastDelivery, sample, sendHook } from "./hook-fixtures";

 
useTestDatabase();

const V47 = "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b01";
const deployOf = (projectId: number, herokuReleaseId = V47) =>
  db().deploy.findUniqueOrThrow({ where: { projectId_herokuReleaseId: { projectId, herokuReleaseId } }, include: { release: true, environment: true } });

describe("Heroku release lifecycle", () => {
  test("out of order: succeeded then a late pending create stays succeeded, with its finish time", async () => {
    const project = await createHookProject();
    assert.equal((await sendHook(project, { body: sample("release-update-succeeded") })).status, 200);
    const late = await sendHook(project, { body: sample("release-create-pending") });
    assert.equal(late.status, 200);
    assert.equal(late.json.deploy.status, "succeeded");
    const deploy = await deployOf(project.id);
    assert.equal(deploy.status, "succeeded");
    assert.equal(deploy.dateFinished?.toISOString(), "2026-11-30T10:16:40.000Z");
    assert.equal(deploy.release.dateReleased?.toISOString(), "2026-11-30T10:16:40.000Z");
    assert.equal((await countRows(project)).deploys, 1);
  });

  test("a terminal state is never swapped: failed stays failed when a succeeded event of the same release follows", async () => {
    const project = await createHookProject();
    await sendHook(project, { body: freshEvent("release-update-failed") });
    await sendHook(project, { body: freshEvent("release-update-failed", { data: { status: "succeeded", updated_at: "2026-11-30T11:00:00Z" } }) });
    await sendHook(project, { body: freshEvent("release-update-failed", { action: "create", data: { status: "pending" } }) });
    const deploy = await deployOf(project.id, "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b02");
    assert.equal(deploy.status, "failed");
    assert.equal(deploy.dateFinished?.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(deploy.release.dateReleased, null, "a failed deploy never marks a release released");
  });

  test("a repeated delivery (same event id) answers 200 duplicate and changes nothing", async () => {
    const project = await createHookProject();
    await sendHook(project, { body: sample("release-create-pending") });
    const before = await deployOf(project.id);
    const again = await sendHook(project, { body: sample("release-create-pending") });
    assert.equal(again.status, 200);
    assert.equal(again.json.outcome, "duplicate");
    assert.deepEqual(await deployOf(project.id), before);
    // Same event id in webhook_metadata only (no top-level id) is the same event too.
    const withoutTopId = { ...sample("release-rollback-succeeded"), id: undefined }; // JSON drops it
    assert.equal((await sendHook(project, { body: withoutTopId })).json.outcome, "processed");
    const metaOnly = { ...withoutTopId, data: { ...withoutTopId.data, status: "failed" } };
    assert.equal((await sendHook(project, { body: metaOnly })).json.outcome, "duplicate");
    const rows = await countRows(project);
    assert.equal(rows.deploys, 2);
    assert.equal(rows.hookEvents, 2);
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.outcome, "duplicate");
    assert.equal(delivery?.eventId, "e9f8d7c6-4444-4d5e-9f6a-3b4c5d6e7f04");
  });

  test("an app mapped to a non-default environment deploys there; others use the plugin's environment", async () => {
    const project = await createHookProject({ environment: "live", appEnvironments: { "acme-shop-staging": "staging" } });
    const staging = freshEvent("release-update-succeeded", { data: { id: "rel-staging-1", app: { id: "x", name: "acme-shop-staging" } } });
    const res = await sendHook(project, { body: staging });
    assert.equal(res.json.deploy.environment, "staging");
    assert.equal((await deployOf(project.id, "rel-staging-1")).environment.name, "staging");
    await sendHook(project, { body: sample("release-update-succeeded") });
    assert.equal((await deployOf(project.id)).environment.name, "live");
    // One release (one commit) with two deploys, in two environments of the organization.
    const rows = await countRows(project);
    assert.deepEqual([rows.releases, rows.deploys, rows.environments], [1, 2, 2]);
  });

  test("promotion: the same commit released into a second app keeps the earliest release date", async () => {
    const project = await createHookProject({ appEnvironments: { "acme-shop-staging": "staging" } });
    await sendHook(project, { body: sample("release-update-succeeded") });
    const promote = freshEvent("release-update-succeeded", {
      data: { id: "rel-promo", description: "Promote acme-shop-staging v6 3f2a9c1", created_at: "2026-11-29T09:00:00Z", updated_at: "2026-11-29T09:01:00Z", app: { name: "acme-shop-staging" } },
    });
    const res = await sendHook(project, { body: promote });
    assert.equal(res.json.deploy.kind, "promotion");
    const deploy = await deployOf(project.id, "rel-promo");
    assert.equal(deploy.release.dateReleased?.toISOString(), "2026-11-29T09:01:00.000Z");
  });

  test("with a repository configured, the commit becomes the release's head commit (once)", async () => {
    const project = await createHookProject({ repository: "acme/shop" });
    await sendHook(project, { body: sample("release-create-pending") });
    await sendHook(project, { body: sample("release-update-succeeded") });
    const commits = await db().headCommit.findMany({ include: { repository: true, release: true }, where: { release: { orgId: project.orgId } } });
    assert.equal(commits.length, 1);
    assert.equal(commits[0].repository.name, "acme/shop");
    assert.equal(commits[0].commitId, "3f2a9c1d4e5b6a7988776655443322110fedcba9");
    assert.equal(commits[0].message, "* jane: Fix checkout rounding");
    assert.equal(commits[0].release.version, commits[0].commitId);
  });

  test("without a repository no head commit is recorded", async () => {
    const project = await createHookProject();
    await sendHook(project, { body: sample("release-update-succeeded") });
    assert.equal((await countRows(project)).headCommits, 0);
  });

  test("config-var and add-on releases of an app with code are config deploys of the current commit", async () => {
    const project = await createHookProject();
    const cases = { "Set LOG_LEVEL config vars": "config", "Attach DATABASE (@ref:postgresql-rigid-123)": "config", "Scale to web=2": "other" };
    for (const [description, kind] of Object.entries(cases)) {
      const body = freshEvent("release-update-succeeded", { data: { id: `rel-${kind}-${description.length}`, description } });
      const res = await sendHook(project, { body });
      assert.equal(res.status, 200, description);
      assert.equal(res.json.deploy.kind, kind, description);
    }
  });

  test("a release status Shiplog does not track (expired) and non-release events are ignored with a reason", async () => {
    const project = await createHookProject();
    const expired = await sendHook(project, { body: freshEvent("release-update-succeeded", { data: { status: "expired" } }) });
    assert.equal(expired.status, 202);
    assert.match(expired.json.reason, /expired/);
    const build = await sendHook(project, { body: { ...freshEvent("release-update-succeeded"), resource: "build" } });
    assert.equal(build.status, 202);
    assert.match(build.json.reason, /Not a release event/);
    assert.equal((await countRows(project)).releases, 0);
  });

  test("the same commit in two projects of one organization is one release linked to both", async () => {
    const first = await createHookProject();
    const second = { ...(await createHookProject()), orgId: first.orgId };
    await db().project.update({ where: { id: second.id }, data: { orgId: first.orgId, slug: "shop-2" } });
    await sendHook(first, { body: sample("release-update-succeeded") });
    await sendHook(second, { body: sample("release-update-succeeded") });
    const links = await db().releaseProject.findMany({ where: { release: { orgId: first.orgId } } });
    assert.equal(new Set(links.map((l) => l.releaseId)).size, 1);
    assert.deepEqual(links.map((l) => l.projectId).sort(), [first.id, second.id].sort());
  });
});
