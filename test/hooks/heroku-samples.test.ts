import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { useTestDatabase } from "../helpers/database";
import { JANE, countRows, createHookProject, lastDelivery, sample, sampleNames, sendHook } from "./hook-fixtures";

 
useTestDatabase();

const COMMIT_47 = "3f2a9c1d4e5b6a7988776655443322110fedcba9";

async function deployOf(projectId: number, herokuReleaseId: string) {
  return db().deploy.findUniqueOrThrow({
    where: { projectId_herokuReleaseId: { projectId, herokuReleaseId } },
    include: { release: true, environment: true },
  });
}

describe("Heroku samples", () => {
  test("the samples directory holds the five documented events", () => {
    assert.deepEqual(sampleNames().sort(), [
      "release-config-change-no-slug",
      "release-create-pending",
      "release-rollback-succeeded",
      "release-update-failed",
      "release-update-succeeded",
    ]);
  });

  test("create pending: one release, one pending deploy, not released yet", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sample("release-create-pending") });
    assert.equal(res.status, 200);
    assert.equal(res.json.outcome, "processed");
    assert.equal(res.json.deploy.status, "pending");
    const deploy = await deployOf(project.id, "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b01");
    assert.equal(deploy.status, "pending");
    assert.equal(deploy.kind, "deploy");
    assert.equal(deploy.app, "acme-shop");
    assert.equal(deploy.herokuVersion, 47);
    assert.equal(deploy.description, "Deploy 3f2a9c1");
    assert.equal(deploy.deployerEmail, JANE.email);
    assert.equal(deploy.environment.name, "production");
    assert.equal(deploy.dateStarted?.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(deploy.sortDate.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(deploy.dateFinished, null);
    assert.equal(deploy.release.version, COMMIT_47);
    assert.equal(deploy.release.url, "http://acme-shop.herokuapp.com");
    assert.equal(deploy.release.ownerEmail, JANE.email);
    assert.equal(deploy.release.dateReleased, null);
    assert.equal(await db().releaseProject.count({ where: { projectId: project.id, releaseId: deploy.releaseId } }), 1);
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.outcome, "processed");
    assert.equal(delivery?.status, 200);
    assert.equal(delivery?.eventId, "5b1a3d0e-6f0e-4c1c-9a43-0d6a1b2c3d01");
    assert.equal(delivery?.action, "create");
    assert.equal(delivery?.releaseVersion, COMMIT_47);
    assert.equal(delivery?.body, null, "bodies of processed deliveries are not kept");
  });

  test("lifecycle: create pending → update succeeded finishes the same deploy and releases the release", async () => {
    const project = await createHookProject();
    assert.equal((await sendHook(project, { body: sample("release-create-pending") })).status, 200);
    const res = await sendHook(project, { body: sample("release-update-succeeded") });
    assert.equal(res.status, 200);
    assert.equal(res.json.deploy.status, "succeeded");
    const deploy = await deployOf(project.id, "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b01");
    assert.equal(deploy.status, "succeeded");
    assert.equal(deploy.dateStarted?.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(deploy.dateFinished?.toISOString(), "2026-11-30T10:16:40.000Z");
    assert.equal(deploy.release.dateReleased?.toISOString(), "2026-11-30T10:16:40.000Z");
    const rows = await countRows(project);
    assert.equal(rows.releases, 1);
    assert.equal(rows.deploys, 1);
    assert.equal(rows.deliveries, 2);
  });

  test("update failed: a failed deploy, and the release is not marked released", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sample("release-update-failed") });
    assert.equal(res.status, 200);
    const deploy = await deployOf(project.id, "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b02");
    assert.equal(deploy.status, "failed");
    assert.equal(deploy.herokuVersion, 48);
    assert.equal(deploy.dateFinished?.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(deploy.release.version, "9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c");
    assert.equal(deploy.release.dateReleased, null);
  });

  test("rollback: kind rollback, an older commit released again, deployer kept though not a member", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { body: sample("release-rollback-succeeded") });
    assert.equal(res.status, 200);
    assert.equal(res.json.deploy.kind, "rollback");
    const deploy = await deployOf(project.id, "c0ffee00-6666-4f70-9b8c-5d6e7f8a9b03");
    assert.equal(deploy.kind, "rollback");
    assert.equal(deploy.status, "succeeded");
    assert.equal(deploy.description, "Rollback to v46");
    assert.equal(deploy.deployerEmail, "ops@example.com");
    assert.equal(deploy.release.version, "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
    assert.ok(deploy.release.dateReleased);
  });

  test("config change without a slug: 202 ignored with the reason and the body kept, nothing else stored", async () => {
    const project = await createHookProject();
    const body = sample("release-config-change-no-slug");
    const res = await sendHook(project, { body });
    assert.equal(res.status, 202);
    assert.equal(res.json.outcome, "ignored");
    assert.match(res.json.reason, /no slug/);
    const rows = await countRows(project);
    assert.deepEqual({ ...rows, deliveries: 0 }, { releases: 0, deploys: 0, environments: 0, headCommits: 0, hookEvents: 0, deliveries: 0 });
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.outcome, "ignored");
    assert.equal(delivery?.status, 202);
    assert.match(delivery?.reason ?? "", /no slug/);
    assert.deepEqual(JSON.parse(delivery?.body ?? "null"), body);
  });

  test('slug.commit "null" or missing is ignored too', async () => {
    const project = await createHookProject();
    for (const slug of [{ commit: "null" }, { id: "x" }, { commit: null }]) {
      const body = { ...sample("release-update-succeeded"), id: `evt-${JSON.stringify(slug)}`, data: { ...sample("release-update-succeeded").data, slug } };
      const res = await sendHook(project, { body });
      assert.equal(res.status, 202, JSON.stringify(slug));
      assert.equal(res.json.outcome, "ignored");
    }
    assert.equal((await countRows(project)).releases, 0);
  });
});
