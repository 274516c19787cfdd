import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { KEEP_DELIVERIES, MAX_KEPT_BODY_BYTES, pruneDeliveries, recordDelivery } from "@/lib/server/hooks/deliveries";
import { ignoredOutcome } from "@/lib/server/hooks/hook-response";
import { useTestDatabase } from "../helpers/database";
import { createHookProject, lastDelivery, sample, sendHook } from "./hook-fixtures";

 
useTestDatabase();

const DAY = 24 * 3600 * 1000;

describe("delivery log", () => {
  test("a rejected body is kept, capped at 64 KiB on a character boundary; invalid UTF-8 and NUL are stored safely", async () => {
    const project = await createHookProject();
    const big = JSON.stringify({ ...sample("release-create-pending"), padding: "é".repeat(100_000) });
    const res = await sendHook(project, { body: big, bodySignature: "wrong" });
    assert.equal(res.status, 401);
    const kept = (await lastDelivery(project.id))?.body ?? "";
    assert.ok(Buffer.byteLength(kept) <= MAX_KEPT_BODY_BYTES);
    assert.ok(Buffer.byteLength(kept) > MAX_KEPT_BODY_BYTES - 4);
    assert.ok(big.startsWith(kept));
    const bytes = new Uint8Array([0x7b, 0x00, 0xff, 0x22, 0x7d]);
    assert.equal((await sendHook(project, { body: bytes })).status, 400);
    assert.equal((await lastDelivery(project.id))?.body, "{\ufffd\ufffd\"}");
  });

  test("processed and duplicate deliveries keep no body; every delivery has its status, outcome and event", async () => {
    const project = await createHookProject();
    await sendHook(project, { body: sample("release-update-succeeded") });
    await sendHook(project, { body: sample("release-update-succeeded") });
    const rows = await db().delivery.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
    assert.deepEqual(
      rows.map((r) => [r.plugin, r.status, r.outcome, r.eventId, r.action, r.body]),
      [
        ["heroku", 200, "processed", "5b1a3d0e-6f0e-4c1c-9a43-0d6a1b2c3d02", "update", null],
        ["heroku", 200, "duplicate", "5b1a3d0e-6f0e-4c1c-9a43-0d6a1b2c3d02", "update", null],
      ],
    );
    assert.match(rows[1].reason ?? "", /received before/);
  });

  test("a rejected event that parsed far enough keeps its event id and action", async () => {
    const project = await createHookProject();
    const body = { ...sample("release-create-pending"), data: { ...sample("release-create-pending").data, version: "v47" } };
    assert.equal((await sendHook(project, { body })).status, 400);
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.eventId, "5b1a3d0e-6f0e-4c1c-9a43-0d6a1b2c3d01");
    assert.equal(delivery?.action, "create");
    assert.match(delivery?.reason ?? "", /invalid_request.*data\.version/);
  });

  test("pruning drops deliveries older than 30 days and beyond the newest 1000, per project only", async () => {
    const project = await createHookProject();
    const other = await createHookProject();
    const now = new Date("2026-12-01T12:00:00Z");
    const row = (projectId: number, receivedAt: Date) => ({ projectId, plugin: "heroku", receivedAt, status: 200, outcome: "processed" as const });
    await db().delivery.createMany({ data: Array.from({ length: 5 }, (_, i) => row(project.id, new Date(now.getTime() - 31 * DAY - i))) });
    await db().delivery.createMany({ data: Array.from({ length: 1010 }, (_, i) => row(project.id, new Date(now.getTime() - i * 1000))) });
    await db().delivery.createMany({ data: Array.from({ length: 20 }, () => row(other.id, new Date(now.getTime() - 40 * DAY))) });
    await db().hookEvent.createMany({
      data: [
        { projectId: project.id, eventId: "old", receivedAt: new Date(now.getTime() - 31 * DAY) },
        { projectId: project.id, eventId: "recent", receivedAt: new Date(now.getTime() - 3 * DAY) },
      ],
    });
    const { deleted } = await pruneDeliveries({ projectId: project.id, now });
    assert.equal(deleted, 15);
    const left = await db().delivery.findMany({ where: { projectId: project.id }, orderBy: { receivedAt: "desc" } });
    assert.equal(left.length, KEEP_DELIVERIES);
    assert.equal(left[0].receivedAt.toISOString(), now.toISOString(), "the newest are kept");
    assert.equal(left.at(-1)?.receivedAt.getTime(), now.getTime() - 999_000);
    assert.equal(await db().delivery.count({ where: { projectId: other.id } }), 20, "other projects are pruned on their own deliveries");
    assert.deepEqual((await db().hookEvent.findMany({ where: { projectId: project.id } })).map((e) => e.eventId), ["recent"]);
  });

  test("recording prunes now and then, not on every request", async () => {
    const project = await createHookProject();
    const old = new Date(Date.now() - 60 * DAY);
    await db().delivery.createMany({ data: Array.from({ length: 10 }, () => ({ projectId: project.id, plugin: "heroku", receivedAt: old, status: 200, outcome: "processed" as const })) });
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) {
      const id = await recordDelivery({ projectId: project.id, plugin: "heroku", receivedAt: new Date(), outcome: ignoredOutcome("test"), body: null });
      ids.push(id);
      // Until the pruning insert, the old rows stay: pruning is not done on every request.
      if (id % 50 !== 0 && !ids.some((x) => x % 50 === 0)) assert.equal(await db().delivery.count({ where: { projectId: project.id, receivedAt: old } }), 10);
    }
    assert.equal(await db().delivery.count({ where: { projectId: project.id, receivedAt: old } }), 0);
  });
});
