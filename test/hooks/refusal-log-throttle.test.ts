// A flood of refused (unsigned, forged, oversized) hooks is logged only in part, so it costs few
// writes and cannot push real deliveries out of the capped log; correctly signed bodies always are.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { admitRefusal } from "@/lib/server/hooks/refusal-log-throttle";
import { useTestDatabase } from "../helpers/database";
import { createHookProject, freshEvent, sendHook } from "./hook-fixtures";

useTestDatabase();

describe("refused hooks in the delivery log", () => {
  test("a bucket of 20 per project, refilled at 1 per second; the next logged one says how many were skipped", () => {
    const project = 1_000_000 + Math.floor(Math.random() * 1000);
    const t0 = 1_000_000;
    const admitted = Array.from({ length: 25 }, () => admitRefusal(project, t0).admit);
    assert.equal(admitted.filter(Boolean).length, 20);
    assert.deepEqual(admitted.slice(20), [false, false, false, false, false]);
    assert.deepEqual(admitRefusal(project, t0 + 1000), { admit: true, skipped: 5 });
    assert.deepEqual(admitRefusal(project, t0 + 1000), { admit: false });
    assert.equal(admitRefusal(project + 1, t0).admit, true, "each project has its own bucket");
  });

  test("60 badly signed hooks: all refused with 401, about 20 logged; a signed but invalid body is still logged", async () => {
    const project = await createHookProject();
    const started = Date.now();
    for (let i = 0; i < 60; i++) {
      const res = await sendHook(project, { body: freshEvent("release-update-succeeded"), bodySignature: "Zm9yZ2Vk" });
      assert.equal(res.status, 401);
    }
    const elapsedSeconds = Math.ceil((Date.now() - started) / 1000);
    const logged = await db().delivery.count({ where: { projectId: project.id, status: 401 } });
    assert.ok(logged >= 20 && logged <= 20 + elapsedSeconds, `${logged} refusals logged in ${elapsedSeconds} s`);

    const invalid = await sendHook(project, { body: { ...freshEvent("release-update-succeeded"), data: { version: "not a number" } } });
    assert.equal(invalid.status, 400);
    assert.equal(await db().delivery.count({ where: { projectId: project.id, status: 400 } }), 1);
    assert.equal(await db().deploy.count({ where: { projectId: project.id } }), 0);
  });
});
