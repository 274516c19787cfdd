import type { DeploySource, DeployStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { ReleaseEvent } from "@/lib/server/hooks/heroku-event";
import { claimHookEvent, ensureEnvironment, recordHeadCommit, ts } from "./release-rows";
import { upsertDeploy } from "./upsert-deploy";

export type RecordHerokuReleaseOptions = {
  project: { id: number; orgId: number };
  event: ReleaseEvent;
  /** Heroku's event id, or a hash of the body when the sender gave none. */
  dedupeKey: string;
  environment: string;
  repositoryId: number | null;
  now: Date;
  /** "import" or "reconcile" when the release was read from Heroku's API rather than hooked. */
  source?: DeploySource;
};

export type RecordResult =
  | { outcome: "processed"; releaseId: number; deployId: number; status: DeployStatus }
  | { outcome: "duplicate" };

// Generous waits: on PostgreSQL identical concurrent deliveries queue on the HookEvent key, and
// PGlite runs one transaction at a time.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Everything one Heroku event changes, in one transaction: either all of it is stored or nothing.
 * The HookEvent row comes first, so a retried or concurrent copy of the event waits for this one
 * and then finds its id taken. Rows are then written in one fixed order (environment, release,
 * link, deploy and released date, head commit) so concurrent events of one release cannot deadlock.
 */
export async function recordHerokuRelease(o: RecordHerokuReleaseOptions): Promise<RecordResult> {
  const { project, event, now } = o;
  return db().$transaction(async (tx) => {
    if (!(await claimHookEvent(tx, { projectId: project.id, eventId: o.dedupeKey, now }))) return { outcome: "duplicate" };
    const environmentId = await ensureEnvironment(tx, { orgId: project.orgId, name: o.environment, now });
    // The owner is the deployer's email (lower-case, as users' emails are stored): views show the
    // member's name when it matches one of the organization's members, the bare email otherwise.
    // The release and its link to the project in one statement (one round trip on every hook).
    const [release] = await tx.$queryRaw<{ id: number }[]>`
      WITH "release" AS (
        INSERT INTO "Release" ("orgId", "version", "url", "ownerEmail", "dateCreated")
        VALUES (${project.orgId}, ${event.version}, ${`http://${event.app}.herokuapp.com`}, ${event.deployerEmail}, ${ts(now)}::timestamp(3))
        ON CONFLICT ("orgId", "version") DO UPDATE SET
          "url" = COALESCE("Release"."url", EXCLUDED."url"),
          "ownerEmail" = COALESCE("Release"."ownerEmail", EXCLUDED."ownerEmail")
        RETURNING "id"
      ), "link" AS (
        INSERT INTO "ReleaseProject" ("releaseId", "projectId", "createdAt")
        SELECT "id", ${project.id}, ${ts(now)}::timestamp(3) FROM "release"
        ON CONFLICT DO NOTHING
      )
      SELECT "id" FROM "release"`;
    const deploy = await upsertDeploy(tx, {
      projectId: project.id,
      releaseId: release.id,
      environmentId,
      app: event.app,
      herokuReleaseId: event.herokuReleaseId,
      herokuVersion: event.herokuVersion,
      status: event.status,
      kind: event.kind,
      description: event.description,
      deployerEmail: event.deployerEmail,
      dateStarted: event.startedAt,
      dateFinished: event.finishedAt,
      sortDate: event.startedAt ?? now,
      now,
      source: o.source,
    });
    if (o.repositoryId) {
      await recordHeadCommit(tx, { releaseId: release.id, repositoryId: o.repositoryId, commitId: event.version, message: event.commitMessage, now });
    }
    return { outcome: "processed", releaseId: release.id, deployId: deploy.id, status: deploy.status };
  }, TRANSACTION_OPTIONS);
}
