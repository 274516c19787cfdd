import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { claimImportJob, drainImportJobs, startImport } from "@/lib/server/heroku-api/import-jobs";
import { reconcileDueApps, reconcileProject } from "@/lib/server/heroku-api/reconcile-apps";
import { trackApps } from "@/lib/server/heroku-api/track-apps";
import { dbKind, useTestDatabase } from "../helpers/database";
import type { FakeHeroku } from "./fake-heroku";
import { BASE_URL, connectedProject, deploysOf, startFake } from "./heroku-fixtures";

useTestDatabase();
let fake: FakeHeroku;
before(async () => (fake = await startFake()));
after(() => fake.close());

const FAST = { backoffMs: 10 };

/** A connected project tracking one app that has `releases` releases on Heroku. */
async function trackedApp(releases: number) {
  const { project, apps } = await connectedProject(fake, ["acme-shop"]);
  const app = apps[0];
  await trackApps({ projectId: project.id, orgId: project.orgId, apps: [{ name: app, environment: "production" }], baseUrl: BASE_URL });
  const created = fake.state.addReleases(app, releases);
  return { project, app, created };
}

function assertOneDeployPerRelease(deploys: { herokuReleaseId: string | null }[], count: number) {
  assert.equal(deploys.length, count);
  assert.equal(new Set(deploys.map((d) => d.herokuReleaseId)).size, count);
}

describe(`importing and reconciling release history (${dbKind()})`, () => {
  test("1,000 releases across pages: exact count, progress kept per page, resumed from the cursor after a failure, imported once", async () => {
    const { project, app } = await trackedApp(1000);
    // The third page fails past every retry: the job keeps its progress and cursor and waits.
    fake.inject({ status: 503, count: 5, match: /^GET \/apps\/[^/]+\/releases$/, skip: 2 });
    const job = await startImport({ projectId: project.id, app });
    await drainImportJobs(FAST);
    let row = await db().herokuImportJob.findUniqueOrThrow({ where: { id: job.id } });
    assert.deepEqual([row.status, row.seen, row.total], ["queued", 400, 1000]);
    assert.match(row.error ?? "", /not answering properly \(HTTP 503\).*Resuming shortly/);
    assert.equal((await deploysOf(project.id)).length, 400);
    const cursor = row.cursor;
    assert.match(cursor ?? "", /^version \]601\.\.; max=200, order=desc$/);

    // As after a restart: the lease runs out and the next runner resumes at the saved Next-Range.
    await db().herokuImportJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const before = fake.log.length;
    await drainImportJobs(FAST);
    assert.equal(fake.log.slice(before).find((r) => r.path.endsWith("/releases"))?.range, cursor);
    row = await db().herokuImportJob.findUniqueOrThrow({ where: { id: job.id } });
    assert.deepEqual([row.status, row.seen, row.total, row.recorded, row.error], ["done", 1000, 1000, 1000, null]);
    const deploys = await deploysOf(project.id);
    assertOneDeployPerRelease(deploys, 1000);
    assert.deepEqual([...new Set(deploys.map((d) => d.source))], ["import"]);
    assert.deepEqual(deploys.map((d) => d.herokuVersion), Array.from({ length: 1000 }, (_, i) => i + 1));

    // Importing again changes nothing and reads no slug again.
    const again = await startImport({ projectId: project.id, app });
    const mark = fake.log.length;
    await drainImportJobs(FAST);
    const second = await db().herokuImportJob.findUniqueOrThrow({ where: { id: again.id } });
    assert.deepEqual([second.status, second.seen, second.recorded], ["done", 1000, 0]);
    assert.equal(fake.log.slice(mark).filter((r) => r.path.includes("/slugs/")).length, 0);
    assertOneDeployPerRelease(await deploysOf(project.id), 1000);
  });

  test("import while hooks for the same releases arrive: one deploy per Heroku release, final statuses", async () => {
    const { project, app } = await trackedApp(300);
    const fresh = fake.state.addReleases(app, 40, { status: "pending" });
    await startImport({ projectId: project.id, app });
    const hooks = (async () => {
      for (const release of fresh) {
        await fake.deliver(app, release, "create");
        release.status = "succeeded";
        await fake.deliver(app, release, "update");
      }
    })();
    await Promise.all([drainImportJobs(FAST), hooks]);
    const deploys = await deploysOf(project.id);
    assertOneDeployPerRelease(deploys, 340);
    assert.deepEqual([...new Set(deploys.map((d) => d.status))], ["succeeded"]);
  });

  test("reconcile fills releases missed while hooks failed, marks them, and is a no-op the second time", async () => {
    const { project, app } = await trackedApp(20);
    await startImport({ projectId: project.id, app });
    await drainImportJobs(FAST);
    const missed = fake.state.addReleases(app, 6);
    await fake.deliver(app, missed[5], "update"); // only the newest hook got through
    const { recorded, failures } = await reconcileProject({ projectId: project.id }, FAST);
    assert.deepEqual([recorded, failures], [5, []]);
    const deploys = await deploysOf(project.id);
    assertOneDeployPerRelease(deploys, 26);
    assert.deepEqual(deploys.slice(20).map((d) => d.source), ["reconcile", "reconcile", "reconcile", "reconcile", "reconcile", "hook"]);
    assert.deepEqual((await reconcileProject({ projectId: project.id }, FAST)).recorded, 0);
  });

  test("the periodic reconcile claims each due app once, then waits for the interval", async () => {
    const { project, app } = await trackedApp(3);
    assert.equal(await reconcileDueApps({ intervalMinutes: 60 }), 0, "a newly tracked app waits one interval");
    await db().herokuApp.updateMany({ where: { projectId: project.id }, data: { reconciledAt: new Date(Date.now() - 61 * 60_000) } });
    assert.equal(await reconcileDueApps({ intervalMinutes: 60 }), 1);
    assert.equal(await reconcileDueApps({ intervalMinutes: 60 }), 0);
    assert.deepEqual((await deploysOf(project.id)).map((d) => [d.app, d.source]), [[app, "reconcile"], [app, "reconcile"], [app, "reconcile"]]);
  });

  test("two runners claiming at once never take the same job", async () => {
    const { project, app } = await trackedApp(1);
    await db().herokuImportJob.updateMany({ where: { status: { in: ["queued", "running"] } }, data: { status: "done" } });
    await startImport({ projectId: project.id, app });
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimImportJob()));
    assert.equal(claims.filter(Boolean).length, 1);
  });
});
