// Identical and related events arriving at once. On PostgreSQL these are truly concurrent
// transactions on separate connections (the pool has 10); PGlite serializes them, so the
// PostgreSQL run is the one that proves the ON CONFLICT writes and the HookEvent claim.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { dbKind, useTestDatabase } from "../helpers/database";
import { countRows, createHookProject, freshEvent, sample, sendHook } from "./hook-fixtures";

 
useTestDatabase();

describe(`concurrent deliveries (${dbKind()})`, () => {
  test("20 identical deliveries at once: exactly one release, one deploy, one processed and 19 duplicates", async () => {
    const project = await createHookProject();
    const body = JSON.stringify(sample("release-update-succeeded"));
    const results = await Promise.all(Array.from({ length: 20 }, () => sendHook(project, { body })));
    assert.deepEqual([...new Set(results.map((r) => r.status))], [200]);
    const outcomes = results.map((r) => r.json.outcome).sort();
    assert.deepEqual(outcomes, ["processed", ...Array(19).fill("duplicate")].sort());
    const rows = await countRows(project);
    assert.deepEqual(rows, { releases: 1, deploys: 1, environments: 1, headCommits: 0, hookEvents: 1, deliveries: 20 });
    const deploy = await db().deploy.findFirstOrThrow({ where: { projectId: project.id }, include: { release: true } });
    assert.equal(deploy.status, "succeeded");
    assert.ok(deploy.release.dateReleased);
    assert.equal(await db().delivery.count({ where: { projectId: project.id, outcome: "processed" } }), 1);
  });

  test("20 different events of one Heroku release at once (pending and succeeded copies): one deploy, succeeded", async () => {
    const project = await createHookProject({ repository: "acme/shop" });
    const bodies = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? freshEvent("release-update-succeeded") : freshEvent("release-create-pending"),
    );
    const results = await Promise.all(bodies.map((body) => sendHook(project, { body })));
    assert.deepEqual(results.map((r) => r.json.outcome), Array(20).fill("processed"));
    const rows = await countRows(project);
    assert.deepEqual([rows.releases, rows.deploys, rows.environments, rows.headCommits, rows.hookEvents], [1, 1, 1, 1, 20]);
    const deploy = await db().deploy.findFirstOrThrow({ where: { projectId: project.id } });
    assert.equal(deploy.status, "succeeded");
    assert.equal(deploy.dateFinished?.toISOString(), "2026-11-30T10:16:40.000Z");
  });

  test("20 Heroku releases of one commit into 4 new environments at once: one release, 20 deploys, 4 environments", async () => {
    const apps = ["a-prod", "a-staging", "a-qa", "a-demo"];
    const project = await createHookProject({ appEnvironments: { "a-prod": "prod", "a-staging": "staging", "a-qa": "qa", "a-demo": "demo" } });
    const bodies = Array.from({ length: 20 }, (_, i) =>
      freshEvent("release-update-succeeded", { data: { id: `rel-${i}`, version: 100 + i, app: { name: apps[i % 4] } } }),
    );
    const results = await Promise.all(bodies.map((body) => sendHook(project, { body })));
    assert.deepEqual([...new Set(results.map((r) => r.status))], [200]);
    const rows = await countRows(project);
    assert.deepEqual([rows.releases, rows.deploys, rows.environments], [1, 20, 4]);
    assert.equal(await db().releaseProject.count({ where: { projectId: project.id } }), 1);
  });
});
