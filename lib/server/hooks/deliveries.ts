import { db } from "@/lib/server/db";
import type { HookOutcome } from "./hook-types";
import { storableBody, storableText } from "./storable-text";

export const MAX_KEPT_BODY_BYTES = 64 * 1024;
export const KEEP_DELIVERIES = 1000;
export const KEEP_DAYS = 30;
// Pruning costs two indexed DELETEs: run it on one insert in PRUNE_EVERY, not on every request.
const PRUNE_EVERY = 50;

export type RecordDeliveryOptions = {
  projectId: number;
  plugin: string;
  receivedAt: Date;
  outcome: HookOutcome;
  body: Uint8Array | null;
};

/** The delivery log row behind "why is my deploy missing?". Bodies are kept only when nothing was recorded from them. */
export async function recordDelivery({ projectId, plugin, receivedAt, outcome, body }: RecordDeliveryOptions) {
  const keepBody = body !== null && (outcome.outcome === "rejected" || outcome.outcome === "ignored");
  const row = await db().delivery.create({
    data: {
      projectId,
      plugin: storableText(plugin, 64)!,
      receivedAt,
      eventId: storableText(outcome.eventId, 200),
      action: storableText(outcome.action, 50),
      status: outcome.status,
      outcome: outcome.outcome,
      reason: storableText(outcome.reason, 1000),
      releaseVersion: storableText(outcome.releaseVersion, 250),
      body: keepBody ? storableBody(body, MAX_KEPT_BODY_BYTES) : null,
    },
    select: { id: true },
  });
  if (row.id % PRUNE_EVERY === 0) await pruneDeliveries({ projectId, now: receivedAt });
  return row.id;
}

/**
 * Drops the project's deliveries older than KEEP_DAYS or beyond its newest KEEP_DELIVERIES, and
 * event ids old enough that Heroku stopped retrying them long ago (it retries for 72 hours).
 */
export async function pruneDeliveries({ projectId, now = new Date() }: { projectId: number; now?: Date }) {
  const cutoff = new Date(now.getTime() - KEEP_DAYS * 24 * 3600 * 1000);
  const oldest = await db().delivery.findFirst({
    where: { projectId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: KEEP_DELIVERIES - 1,
    select: { id: true, receivedAt: true },
  });
  const [byAge, byCount] = await db().$transaction([
    db().delivery.deleteMany({ where: { projectId, receivedAt: { lt: cutoff } } }),
    db().delivery.deleteMany({
      where: {
        projectId,
        OR: oldest ? [{ receivedAt: { lt: oldest.receivedAt } }, { receivedAt: oldest.receivedAt, id: { lt: oldest.id } }] : [],
      },
    }),
    db().hookEvent.deleteMany({ where: { projectId, receivedAt: { lt: cutoff } } }),
  ]);
  return { deleted: byAge.count + byCount.count };
}
