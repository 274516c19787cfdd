// Two server processes on one PostgreSQL: both start at the same moment on an empty database
// (migrations run once, under the advisory lock; neither crashes), then receive the same events
// concurrently; every release and deploy exists exactly once and each event is processed once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { readMigrationFiles } from "@/lib/server/migrations/migration-files";
import { dbKind } from "../helpers/database";
import { createScratchPostgres } from "../helpers/scratch-postgres";
import { hasProductionBuild, startServer, type DevServer } from "../hooks/http-server";
import { AUTH_SECRET, hookUrl, makeEvent, openDatabase, postEvent, seedHookProject, storedCounts } from "./fault-fixtures";

const EVENTS = 150;
const skip = dbKind() !== "postgres" ? "PostgreSQL only (one process per embedded database)" : !hasProductionBuild() ? "needs `next build` first" : false;

describe("two processes, one PostgreSQL (next start)", { timeout: 300_000, skip }, () => {
  let url: string;
  let drop = async () => {};
  let servers: DevServer[] = [];

  before(async () => {
    const scratch = await createScratchPostgres();
    url = scratch.url;
    drop = scratch.drop;
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await drop();
  });

  test("both start at once on an empty database: migrations applied once, both serve", async () => {
    const [a, b] = await Promise.allSettled([
      startServer({ AUTH_SECRET, DATABASE_URL: url }, { mode: "start", port: 3540 }),
      startServer({ AUTH_SECRET, DATABASE_URL: url }, { mode: "start", port: 3541 }),
    ]);
    servers = [a, b].flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    assert.equal(a.status, "fulfilled", a.status === "rejected" ? String(a.reason) : "");
    assert.equal(b.status, "fulfilled", b.status === "rejected" ? String(b.reason) : "");
    for (const server of servers) assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
    const database = openDatabase({ DATABASE_URL: url });
    try {
      const rows = await database.prisma.$queryRaw<{ migration_name: string; n: bigint }[]>`
        SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY migration_name`;
      assert.equal(rows.length, readMigrationFiles().length);
      assert.ok(rows.every((r) => Number(r.n) === 1), JSON.stringify(rows.map((r) => [r.migration_name, Number(r.n)])));
      const logs = servers.map((s) => s.log());
      assert.equal(logs.filter((l) => l.includes("[migrate] applied")).length, 1, "exactly one process applies the migrations");
      console.log(`[faults:two-processes] simultaneous start: ${logs.filter((l) => l.includes("[migrate] applied")).length} of 2 processes applied ${rows.length} migrations, each recorded once; both healthy`);
    } finally {
      await database.close();
    }
  });

  test("the same events sent to both at once: each release and deploy exists exactly once", async () => {
    assert.equal(servers.length, 2);
    const database = openDatabase({ DATABASE_URL: url });
    try {
      const projectId = await seedHookProject(database, { migrate: false });
      const events = Array.from({ length: EVENTS }, (_, i) => makeEvent(i));
      // Each event goes to both servers at the same moment; 10 events in flight at a time.
      const answers: { status: number; outcome?: string }[][] = [];
      for (let i = 0; i < EVENTS; i += 10) {
        const batch = events.slice(i, i + 10);
        answers.push(...(await Promise.all(batch.map((e) => Promise.all(servers.map((s) => postEvent(hookUrl(s.url, projectId), e)))))));
      }
      const statuses = answers.flat().map((a) => a.status);
      assert.ok(statuses.every((s) => s === 200), `answers: ${[...new Set(statuses)].join(",")}\n${servers[0].log().slice(-2000)}`);
      const processedOnce = answers.filter((pair) => pair.filter((a) => a.outcome === "processed").length === 1).length;
      const counts = await storedCounts(database, projectId, events);
      const releases = await database.prisma.release.groupBy({ by: ["version"], where: { projects: { some: { projectId } } }, _count: { _all: true } });
      console.log(`[faults:two-processes] events: ${EVENTS}, requests: ${statuses.length}, all 200: ${statuses.every((s) => s === 200)}, processed exactly once: ${processedOnce}, deploys: ${counts.reduce((n, c) => n + c.deploys, 0)}, releases: ${releases.length}`);
      assert.equal(processedOnce, EVENTS, "each event is processed by exactly one server; the other sees a duplicate");
      assert.ok(counts.every((c) => c.deploys === 1 && c.hookEvents === 1));
      assert.equal(releases.length, EVENTS);
      assert.ok(releases.every((r) => r._count._all === 1));
    } finally {
      await database.close();
    }
  });
});
