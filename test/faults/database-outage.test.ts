// Database outage: PostgreSQL stops while hooks stream in. Hooks must get 503 with Retry-After
// (Heroku retries them), never a 500 and never a 2xx for something not stored; /api/health says
// the database is down; when PostgreSQL is back the same server process recovers by itself.
// PostgreSQL is a private instance started for this test (private-postgres.ts): stopping it is a
// real outage (sessions terminated, then connections refused), which a TCP proxy only imitates,
// and the shared cluster must never be stopped.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dbKind } from "../helpers/database";
import { hasProductionBuild, startServer, type DevServer } from "../hooks/http-server";
import { AUTH_SECRET, PORTS, hookUrl, makeEvent, openDatabase, postEvent, seedHookProject, sleep, storedCounts, type HookAnswer, type TestEvent } from "./fault-fixtures";
import { canRunPrivatePostgres, createPrivatePostgres, type PrivatePostgres } from "./private-postgres";

const skip =
  dbKind() !== "postgres" ? "PostgreSQL only (the embedded database has no server to lose)" :
  !hasProductionBuild() ? "needs `next build` first" :
  !canRunPrivatePostgres() ? "needs root and PostgreSQL 15 binaries to run a private instance" : false;

describe("database outage: PostgreSQL stops during ingest (next start)", { timeout: 300_000, skip }, () => {
  let pg: PrivatePostgres;
  let server: DevServer | undefined;
  let projectId: number;

  before(async () => {
    pg = await createPrivatePostgres();
    const database = openDatabase({ DATABASE_URL: pg.url });
    projectId = await seedHookProject(database);
    await database.close();
  });
  after(async () => {
    await server?.stop();
    pg?.destroy();
  });

  test("503 + Retry-After while down, never 500 or an unstored 2xx; recovers without restart", async () => {
    server = await startServer({ AUTH_SECRET, DATABASE_URL: pg.url }, { mode: "start", portRange: PORTS });
    const url = hookUrl(server.url, projectId);
    const sent: { event: TestEvent; answer: HookAnswer; phase: string }[] = [];
    let phase = "up";
    let n = 0;
    let streaming = true;
    // Four senders, each posting one new event after another, through every phase.
    const stream = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (streaming) {
          const event = makeEvent(n++);
          const at = phase;
          const answer = await postEvent(url, event);
          sent.push({ event, answer, phase: at });
          await sleep(20);
        }
      }),
    );
    await sleep(1500);
    phase = "stopping";
    pg.stop();
    phase = "down";
    await sleep(3000);
    const downHealth = await fetch(`${server.url}/api/health`);
    const downBody = await downHealth.json();
    phase = "starting";
    pg.start();
    phase = "back";
    // Recovery by itself: same process, no restart; give the pool a few seconds.
    let recoveredAfterMs = -1;
    const backAt = Date.now();
    while (Date.now() - backAt < 30_000) {
      if ((await fetch(`${server.url}/api/health`)).status === 200) {
        recoveredAfterMs = Date.now() - backAt;
        break;
      }
      await sleep(200);
    }
    await sleep(1000);
    streaming = false;
    await stream;

    assert.equal(downHealth.status, 503);
    assert.equal(downBody.database.status, "down");
    assert.ok(recoveredAfterMs >= 0, "the server did not recover within 30 s of PostgreSQL coming back");
    assert.ok(!server.exited(), "the server process died");

    const by = (status: number) => sent.filter((s) => s.answer.status === status);
    const bad = sent.filter((s) => ![200, 503].includes(s.answer.status));
    assert.deepEqual(bad.map((s) => `${s.phase}:${s.answer.status}`), [], "only 200 or 503 are acceptable answers\n" + server.log().slice(-3000));
    assert.ok(by(503).length > 0, "no hook was sent while PostgreSQL was down");
    assert.ok(by(503).every((s) => Number(s.answer.retryAfter) > 0), "a 503 without Retry-After");
    const okAfter = sent.filter((s) => s.phase === "back" && s.answer.status === 200).length;
    assert.ok(okAfter > 0, "no hook succeeded after PostgreSQL came back");

    // Heroku retries the 503s; they must now be stored.
    const retried = await Promise.all(by(503).map((s) => postEvent(url, s.event)));
    assert.deepEqual([...new Set(retried.map((a) => a.status))], [200]);

    const database = openDatabase({ DATABASE_URL: pg.url });
    try {
      const counts = await storedCounts(database, projectId, sent.map((s) => s.event));
      const acked = sent.map((s, i) => ({ ...s, count: counts[i] }));
      const lost = acked.filter((s) => s.answer.status === 200 && s.count.deploys !== 1).length;
      const twice = counts.filter((c) => c.deploys > 1 || c.hookEvents > 1).length;
      const missing = counts.filter((c) => c.deploys !== 1).length;
      console.log(
        `[faults:outage postgres] hooks sent: ${sent.length}, 200: ${by(200).length}, 503 with Retry-After: ${by(503).length}, 500: ${by(500).length}, ` +
          `recovered ${recoveredAfterMs} ms after PostgreSQL came back (no restart), 503s retried and stored: ${retried.length}, lost: ${lost}, stored twice: ${twice}`,
      );
      assert.equal(lost, 0);
      assert.equal(twice, 0);
      assert.equal(missing, 0);
    } finally {
      await database.close();
    }
  });
});
