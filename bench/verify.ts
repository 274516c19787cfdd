import type { Database } from "@/lib/server/db";
import { storedCounts } from "../test/faults/fault-fixtures";
import type { SignedEvent } from "./events";
import { storedReleaseIds } from "./seed";

/** What one project was sent during a measurement: checked against the database once its server is stopped. */
export type Delivered = { projectId: number; connections: number; acked: string[]; sent: string[] };

export type StoredCheck = {
  /** Deploys in the project's table. */
  stored: number;
  /** Distinct events answered 2xx. */
  acknowledged: number;
  /** Answered 2xx but not stored: must be 0 (Shiplog's first promise). */
  lost: number;
  /** Stored but never sent: must be 0. */
  unexpected: number;
  /** Stored but unanswered: requests still in flight when the run's clock stopped (at most one per connection). */
  cutAtEnd: number;
  pass: boolean;
};

export async function checkStored(database: Database, d: Delivered): Promise<StoredCheck> {
  const stored = await storedReleaseIds(database, d.projectId);
  const sent = new Set(d.sent);
  const acked = new Set(d.acked);
  const lost = [...acked].filter((id) => !stored.has(id)).length;
  const unexpected = [...stored].filter((id) => !sent.has(id)).length;
  const cutAtEnd = [...stored].filter((id) => sent.has(id) && !acked.has(id)).length;
  return { stored: stored.size, acknowledged: acked.size, lost, unexpected, cutAtEnd, pass: lost === 0 && unexpected === 0 && cutAtEnd <= d.connections };
}

export type ExactlyOnceCheck = { events: number; deploys: number; hookEvents: number; pass: boolean };

/** Each event left exactly one deploy and one event id, and the project holds nothing else. */
export async function checkExactlyOnce(database: Database, projectId: number, events: SignedEvent[]): Promise<ExactlyOnceCheck> {
  const counts = await storedCounts(database, projectId, events);
  const deploys = await database.prisma.deploy.count({ where: { projectId } });
  const hookEvents = await database.prisma.hookEvent.count({ where: { projectId } });
  const pass = deploys === events.length && hookEvents === events.length && counts.every((c) => c.deploys === 1 && c.hookEvents === 1);
  return { events: events.length, deploys, hookEvents, pass };
}
