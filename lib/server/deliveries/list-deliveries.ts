import type { DeliveryOutcome } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, pageOf } from "@/lib/server/pagination";

export type DeliveryJson = {
  id: string;
  receivedAt: string;
  plugin: string;
  eventId: string | null;
  action: string | null;
  status: number;
  outcome: DeliveryOutcome;
  reason: string | null;
  releaseVersion: string | null;
};

export type ListDeliveriesOptions = { projectId: number; outcome?: DeliveryOutcome; limit?: number; cursor?: string | null };

/** The project's hook delivery log, newest first, keyset on (receivedAt, id). The stored body is never listed. */
export async function listDeliveries({ projectId, outcome, limit = 25, cursor }: ListDeliveriesOptions) {
  const rows = await db().delivery.findMany({
    where: { AND: [{ projectId, ...(outcome ? { outcome } : {}) }, afterCursor("receivedAt", decodeCursor(cursor))] },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    omit: { body: true },
  });
  const page = pageOf(rows, limit, (r) => r.receivedAt);
  const items: DeliveryJson[] = page.items.map((d) => ({
    id: String(d.id),
    receivedAt: d.receivedAt.toISOString(),
    plugin: d.plugin,
    eventId: d.eventId,
    action: d.action,
    status: d.status,
    outcome: d.outcome,
    reason: d.reason,
    releaseVersion: d.releaseVersion,
  }));
  return { items, nextCursor: page.nextCursor };
}
