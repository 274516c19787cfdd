// Crash: while hooks stream in, the server is killed with SIGKILL (no shutdown code runs), then
// restarted on the same database. Every hook answered 2xx must be stored, none twice; the
// database must open cleanly; hooks that got no answer are retried (as Heroku does) and stored once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dbKind } from "../helpers/database";
import { hasProductionBuild, startServer, type DevServer } from "../hooks/http-server";
import { AUTH_SECRET, PORTS, serverDatabase, hookUrl, makeEvent, openDatabase, postEvent, seedHookProject, sleep, storedCounts, type HookAnswer } from "./fault-fixtures";

const EVENTS = 600;
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 60;

describe(`crash: SIGKILL during ingest (next start, ${dbKind()})`, { timeout: 300_000, skip: !hasProductionBuild() && "needs `next build` first" }, () => {
  let env: Record<string, string>;
  let cleanup = async () => {};
  let server: DevServer | undefined;
  let projectId: number;

  before(async () => {
    ({ env, cleanup } = await serverDatabase("crash"));
    const database = openDatabase(env);
    projectId = await seedHookProject(database);
    await database.close();
  });
  after(async () => {
    await server?.kill();
    await cleanup();
  });

  test("every 2xx is stored exactly once after a SIGKILL and restart; unanswered hooks are retried", async () => {
    const serverEnv = { AUTH_SECRET, ...env };
    server = await startServer(serverEnv, { mode: "start", portRange: PORTS });
    const url = hookUrl(server.url, projectId);
    const events = Array.from({ length: EVENTS }, (_, i) => makeEvent(i));
    const answers = new Map<number, HookAnswer>();
    let next = 0;
    let acks = 0;
    let killed = false;
    const killer = (async () => {
      while (acks < KILL_AFTER_ACKS) await sleep(5);
      killed = true;
      await server!.kill();
    })();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (!killed && next < EVENTS) {
          const i = next++;
          const answer = await postEvent(url, events[i]);
          answers.set(i, answer);
          if (answer.status >= 200 && answer.status < 300) acks++;
        }
      }),
    );
    await killer;
    const acked = [...answers].filter(([, a]) => a.status >= 200 && a.status < 300).map(([i]) => i);
    const unanswered = [...answers].filter(([, a]) => a.status < 200 || a.status >= 300).map(([i]) => i);
    // Only transport failures (the kill) are acceptable non-2xx answers: never a 500.
    assert.ok([...answers.values()].every((a) => a.status === 0 || (a.status >= 200 && a.status < 300)), JSON.stringify([...answers.values()].filter((a) => a.status !== 0 && a.status >= 300)));

    // Restart on the same database: the embedded database must reopen cleanly after the kill.
    server = await startServer(serverEnv, { mode: "start", portRange: PORTS });
    const health = await fetch(`${server.url}/api/health`);
    assert.equal(health.status, 200, await health.text());
    const retryUrl = hookUrl(server.url, projectId);
    const retried = await Promise.all(unanswered.map((i) => postEvent(retryUrl, events[i])));
    assert.ok(retried.every((a) => a.status === 200), `retries: ${retried.map((a) => a.status).join(",")}`);
    // A retry of an acknowledged hook changes nothing.
    const again = await Promise.all(acked.slice(0, 10).map((i) => postEvent(retryUrl, events[i])));
    assert.deepEqual(again.map((a) => a.outcome), again.map(() => "duplicate"));
    await server.stop();
    server = undefined;

    const database = openDatabase(env);
    try {
      const sent = [...answers.keys()];
      const counts = await storedCounts(database, projectId, sent.map((i) => events[i]));
      const byIndex = new Map(sent.map((i, k) => [i, counts[k]]));
      const lost = acked.filter((i) => byIndex.get(i)!.deploys !== 1).length;
      const twice = counts.filter((c) => c.deploys > 1 || c.hookEvents > 1).length;
      const stored = counts.filter((c) => c.deploys === 1 && c.hookEvents === 1).length;
      const totalDeploys = await database.prisma.deploy.count({ where: { projectId } });
      console.log(`[faults:crash ${dbKind()}] hooks sent before kill: ${answers.size}, answered 2xx: ${acked.length}, unanswered (cut by the kill): ${unanswered.length}, retried after restart: ${unanswered.length}, stored: ${stored}, stored twice: ${twice}, acknowledged but lost: ${lost}`);
      assert.equal(lost, 0, "an acknowledged hook was lost");
      assert.equal(twice, 0, "a hook was stored twice");
      assert.equal(stored, answers.size, "after retries every sent hook is stored once");
      assert.equal(totalDeploys, answers.size);
    } finally {
      await database.close();
    }
  });
});
