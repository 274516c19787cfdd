import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { deployHealth } from "@/lib/server/releases/deploy-health";
import { listDeploys } from "@/lib/server/releases/list-deploys";
import { hasDeliveries, liveNow, timelineFacets } from "@/lib/server/releases/live-now";
import { getReleaseDetail } from "@/lib/server/releases/release-detail";
import { useTestDatabase } from "../helpers/database";
import { seedOwnedProject as seedProject, seedVersionDeploy as seedDeploy } from "../helpers/seed";

useTestDatabase();

const now = new Date("2026-06-15T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const sha = (c: string) => c.repeat(40).slice(0, 40);

describe("timeline queries", () => {
  let ctx: Awaited<ReturnType<typeof seedProject>>;
  before(async () => {
    ctx = await seedProject({ email: "olive@example.com", name: "Olive" });
    const { org, project } = ctx;
    // production: a → b (failed) → c → rollback to a; staging: b, then d pending
    await seedDeploy(org.id, project.id, { version: sha("a"), at: hoursAgo(50), finishedAfterSeconds: 120, deployerEmail: "olive@example.com" });
    await seedDeploy(org.id, project.id, { version: sha("b"), environment: "staging", app: "acme-shop-staging", at: hoursAgo(40) });
    await seedDeploy(org.id, project.id, { version: sha("b"), at: hoursAgo(30), status: "failed", deployerEmail: "stranger@example.com" });
    await seedDeploy(org.id, project.id, { version: sha("c"), at: hoursAgo(20), finishedAfterSeconds: 60 });
    await seedDeploy(org.id, project.id, { version: sha("a"), at: hoursAgo(10), kind: "rollback", description: "Rollback to v1", finishedAfterSeconds: 30 });
    await seedDeploy(org.id, project.id, { version: sha("d"), environment: "staging", app: "acme-shop-staging", at: hoursAgo(1), status: "pending" });
    // Another project's deploys must never leak in.
    const other = await seedProject();
    await seedDeploy(other.org.id, other.project.id, { version: sha("e"), at: hoursAgo(2) });
  });

  test("listDeploys is newest first, names members, keeps strangers' emails, and pages by cursor", async () => {
    const first = await listDeploys({ projectId: ctx.project.id, orgId: ctx.org.id, limit: 4 });
    assert.deepEqual(first.items.map((d) => d.version[0]), ["d", "a", "c", "b"]);
    assert.equal(first.items[3].deployer?.email, "stranger@example.com");
    assert.equal(first.items[3].deployer?.name, null);
    assert.ok(first.nextCursor);
    // A new deploy arriving between pages must not shift the second page.
    await seedDeploy(ctx.org.id, ctx.project.id, { version: sha("f"), at: hoursAgo(0.5) });
    const second = await listDeploys({ projectId: ctx.project.id, orgId: ctx.org.id, limit: 4, cursor: first.nextCursor });
    assert.deepEqual(second.items.map((d) => d.version[0]), ["b", "a"]);
    assert.equal(second.items[1].deployer?.name, "Olive");
    assert.equal(second.nextCursor, null);
  });

  test("filters narrow by environment, status, kind, app and free text", async () => {
    const list = async (filters: Parameters<typeof listDeploys>[0]["filters"]) =>
      (await listDeploys({ projectId: ctx.project.id, orgId: ctx.org.id, filters })).items.map((d) => `${d.version[0]}:${d.environment}:${d.status}`);
    assert.deepEqual(await list({ environment: "staging" }), ["d:staging:pending", "b:staging:succeeded"]);
    assert.deepEqual(await list({ status: "failed" }), ["b:production:failed"]);
    assert.deepEqual(await list({ kind: "rollback" }), ["a:production:succeeded"]);
    assert.deepEqual(await list({ app: "acme-shop-staging", status: "pending" }), ["d:staging:pending"]);
    assert.deepEqual(await list({ query: "rollback TO" }), ["a:production:succeeded"]);
    assert.deepEqual(await list({ query: "stranger@" }), ["b:production:failed"]);
    assert.deepEqual(await list({ query: "cccc" }), ["c:production:succeeded"]);
    // LIKE wildcards are literal: "c_c" must not match "ccc…".
    assert.deepEqual(await list({ query: "c_c" }), []);
    assert.deepEqual(await list({ query: "%" }), []);
  });

  test("live now is the newest succeeded deploy per environment; facets list what exists", async () => {
    const live = await liveNow({ projectId: ctx.project.id });
    assert.deepEqual(live.map((l) => [l.environment, l.version[0]]), [["production", "f"], ["staging", "b"]]);
    assert.deepEqual(await timelineFacets({ projectId: ctx.project.id }), { environments: ["production", "staging"], apps: ["acme-shop", "acme-shop-staging"] });
    assert.equal(await hasDeliveries({ projectId: ctx.project.id }), false);
  });

  test("deploy health is computed per range in the database", async () => {
    const health = await deployHealth({ projectId: ctx.project.id, rangeDays: 7, now: new Date(now.getTime() + 3600_000) });
    assert.equal(health.perDay.length, 7);
    assert.equal(health.perDay.reduce((s, d) => s + d.succeeded + d.failed + d.pending, 0), health.total);
    assert.equal(health.total, 7);
    assert.equal(health.failed, 1);
    assert.equal(health.rollbacks, 1);
    // production code deploys finished: a, b(failed), c, rollback a, f → 1 failed of 6 finished overall
    assert.equal(health.failedRate, 1 / 6);
    assert.equal(health.rollbackRate, 1 / 6);
    // succeeded production deploys at -50h, -20h, -10h, -0.5h: gaps 30h, 10h, 9.5h → median 10h
    assert.equal(health.medianSecondsBetweenDeploys, 10 * 3600);
    assert.equal(health.medianSecondsPendingToSucceeded, 60);
    assert.equal(health.deploysPerDay, 4 / 7);
    const staging = await deployHealth({ projectId: ctx.project.id, rangeDays: 7, environment: "staging", now });
    assert.equal(staging.deploysPerDay, 1 / 7);
    const empty = await deployHealth({ projectId: ctx.project.id, rangeDays: 7, now: new Date("2030-01-01T00:00:00Z") });
    assert.equal(empty.total, 0);
    assert.equal(empty.failedRate, null);
    assert.equal(empty.medianSecondsBetweenDeploys, null);
  });

  test("release detail: rollout across environments and neighbours per environment", async () => {
    const detail = await getReleaseDetail({ orgId: ctx.org.id, projectId: ctx.project.id, version: sha("b") });
    assert.ok(detail);
    assert.deepEqual(detail.deploys.map((d) => `${d.environment}:${d.status}`), ["staging:succeeded", "production:failed"]);
    const byEnv = Object.fromEntries(detail.neighbors.map((n) => [n.environment, [n.previous?.[0] ?? null, n.next?.[0] ?? null]]));
    assert.deepEqual(byEnv, { staging: [null, null], production: ["a", "c"] });
    assert.equal(await getReleaseDetail({ orgId: ctx.org.id, projectId: ctx.project.id, version: "nope" }), null);
    const count = await db().deploy.count({ where: { projectId: ctx.project.id } });
    assert.equal(count, 7);
  });
});
