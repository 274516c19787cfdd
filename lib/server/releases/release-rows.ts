import type { Prisma } from "@/lib/generated/prisma/client";

// Row-level writes shared by the hook receivers, each a single INSERT … ON CONFLICT statement:
// Prisma 7's upsert is SELECT then INSERT and raises P2002 when two processes write one key at once.
// Timestamps are passed as UTC ISO strings (Prisma stores DateTime as UTC `timestamp(3)`), never
// taken from the database clock, whose time zone we do not control.

type Tx = Prisma.TransactionClient;
export const ts = (date: Date | null) => date?.toISOString() ?? null;

/** Claims an event id for a project; false when it was claimed before (a retried or repeated delivery). */
export async function claimHookEvent(tx: Tx, { projectId, eventId, now }: { projectId: number; eventId: string; now: Date }) {
  const inserted = await tx.$executeRaw`
    INSERT INTO "HookEvent" ("projectId", "eventId", "receivedAt") VALUES (${projectId}, ${eventId}, ${ts(now)}::timestamp(3))
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** The environment's id, created on first use. */
export async function ensureEnvironment(tx: Tx, { orgId, name, now }: { orgId: number; name: string; now: Date }): Promise<number> {
  // Read first: after an organization's first deploy the row exists, and this is one statement, not two.
  const existing = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Environment" WHERE "orgId" = ${orgId} AND "name" = ${name}`;
  if (existing[0]) return existing[0].id;
  const created = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Environment" ("orgId", "name", "createdAt") VALUES (${orgId}, ${name}, ${ts(now)}::timestamp(3))
    ON CONFLICT ("orgId", "name") DO NOTHING RETURNING "id"`;
  if (created[0]) return created[0].id;
  // A concurrent transaction just committed it: this new statement sees it.
  const raced = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Environment" WHERE "orgId" = ${orgId} AND "name" = ${name}`;
  return raced[0].id;
}

export async function linkReleaseProject(tx: Tx, { releaseId, projectId, now }: { releaseId: number; projectId: number; now: Date }) {
  await tx.$executeRaw`
    INSERT INTO "ReleaseProject" ("releaseId", "projectId", "createdAt") VALUES (${releaseId}, ${projectId}, ${ts(now)}::timestamp(3))
    ON CONFLICT DO NOTHING`;
}

/** The release's head commit in the plugin's repository (first one recorded wins: a version is one commit). */
export async function recordHeadCommit(
  tx: Tx,
  { releaseId, repositoryId, commitId, message, now }: { releaseId: number; repositoryId: number; commitId: string; message: string | null; now: Date },
) {
  await tx.$executeRaw`
    INSERT INTO "HeadCommit" ("releaseId", "repositoryId", "commitId", "message", "createdAt")
    VALUES (${releaseId}, ${repositoryId}, ${commitId}, ${message}, ${ts(now)}::timestamp(3))
    ON CONFLICT ("releaseId", "repositoryId") DO NOTHING`;
}
