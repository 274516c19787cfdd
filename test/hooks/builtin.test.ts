import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { hookSignature } from "@/lib/server/projects/release-token";
import { useTestDatabase } from "../helpers/database";
import { countRows, createHookProject, lastDelivery, sendHook } from "./hook-fixtures";

 
useTestDatabase();

const builtin = { plugin: "builtin", bodySignature: null } as const;

describe("builtin release hook", () => {
  test("creates a release → 201 with the API's Release object, linked to the project", async () => {
    const project = await createHookProject({ enabled: false }); // the Heroku plugin's state does not matter
    const res = await sendHook(project, { ...builtin, body: { version: "2.4.0", ref: "abc123", url: "https://example.com/r/2.4.0", extra: 1 } });
    assert.equal(res.status, 201);
    assert.equal(res.json.version, "2.4.0");
    assert.equal(res.json.url, "https://example.com/r/2.4.0");
    assert.equal(res.json.dateReleased, null);
    assert.equal(res.json.deployCount, 0);
    assert.equal(res.json.lastDeploy, null);
    assert.match(res.json.dateCreated, /^\d{4}-\d\d-\d\dT/);
    const release = await db().release.findUniqueOrThrow({ where: { orgId_version: { orgId: project.orgId, version: "2.4.0" } }, include: { projects: true } });
    assert.equal(release.ref, "abc123");
    assert.deepEqual(release.projects.map((p) => p.projectId), [project.id]);
    const delivery = await lastDelivery(project.id);
    assert.deepEqual([delivery?.plugin, delivery?.status, delivery?.outcome, delivery?.releaseVersion], ["builtin", 201, "processed", "2.4.0"]);
  });

  test("the same version again updates the given fields and keeps the rest; still one release", async () => {
    const project = await createHookProject();
    await sendHook(project, { ...builtin, body: { version: "3.0.0", ref: "first" } });
    const res = await sendHook(project, { ...builtin, body: { version: "3.0.0", dateReleased: "2026-11-30T10:00:00+01:00" } });
    assert.equal(res.status, 201);
    assert.equal(res.json.dateReleased, "2026-11-30T09:00:00.000Z");
    const release = await db().release.findUniqueOrThrow({ where: { orgId_version: { orgId: project.orgId, version: "3.0.0" } } });
    assert.equal(release.ref, "first");
    assert.equal((await countRows(project)).releases, 1);
  });

  test("invalid bodies: 400 with fields, nothing stored", async () => {
    const project = await createHookProject();
    const cases: [unknown, string][] = [
      [{}, "version"],
      [{ version: "" }, "version"],
      [{ version: "latest" }, "version"],
      [{ version: "a/b" }, "version"],
      [{ version: "x".repeat(251) }, "version"],
      [{ version: 5 }, "version"],
      [{ version: "1.0", url: "javascript:alert(1)" }, "url"],
      [{ version: "1.0", dateReleased: "tomorrow" }, "dateReleased"],
      [{ version: "1.0", ref: 7 }, "ref"],
    ];
    for (const [body, field] of cases) {
      const res = await sendHook(project, { ...builtin, body });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.json.error.code, "invalid_request");
      assert.ok(res.json.error.fields[field], `${field}: ${JSON.stringify(res.json.error)}`);
    }
    for (const body of ["nope", "[]", "null"]) {
      const res = await sendHook(project, { ...builtin, body });
      assert.equal(res.status, 400);
      assert.equal(res.json.error.code, "invalid_json");
    }
    assert.equal((await countRows(project)).releases, 0);
    assert.equal((await lastDelivery(project.id))?.outcome, "rejected");
  });

  test("its URL signature is its own: the heroku URL's signature does not open builtin", async () => {
    const project = await createHookProject();
    const res = await sendHook(project, { ...builtin, signature: hookSignature(project.token, "heroku", project.id), body: { version: "1" } });
    assert.equal(res.status, 403);
    assert.equal((await countRows(project)).releases, 0);
  });
});
