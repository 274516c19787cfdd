import type { DeployKind, DeploySource, DeployStatus, Prisma } from "@/lib/generated/prisma/client";
import { ts } from "./release-rows";

export type DeployInput = {
  projectId: number;
  releaseId: number;
  environmentId: number;
  app: string;
  herokuReleaseId: string | null;
  herokuVersion: number | null;
  status: DeployStatus;
  kind: DeployKind;
  description: string | null;
  deployerEmail: string | null;
  dateStarted: Date | null;
  dateFinished: Date | null;
  sortDate: Date;
  now: Date;
  /** Who saw it first: kept on later writes, so a reconciled deploy stays marked as such. */
  source?: DeploySource;
};

export type DeployState = { id: number; status: DeployStatus; dateFinished: Date | null };

/**
 * One deploy per Heroku release (projectId, herokuReleaseId), whatever order its events arrive in.
 * The status only moves pending → succeeded|failed: a terminal state is never downgraded nor swapped,
 * so a late "pending" or a repeated event cannot undo a result. Its finish time comes with the
 * transition; start and sort dates keep the earliest seen. Without a Heroku release id (Sentry-style
 * payloads) NULLs never conflict and every event is its own deploy, as in Sentry.
 * A succeeded deploy marks its release released (at its finish time, or now), in the same statement:
 * LEAST keeps the earliest when events arrive out of order, and a failed deploy never does.
 */
export async function upsertDeploy(tx: Prisma.TransactionClient, d: DeployInput): Promise<DeployState> {
  const rows = await tx.$queryRaw<{ id: number; status: DeployStatus; dateFinished: Date | null }[]>`
    WITH "deploy" AS (
      INSERT INTO "Deploy" ("projectId", "releaseId", "environmentId", "app", "herokuReleaseId", "herokuVersion",
        "status", "kind", "source", "description", "deployerEmail", "dateStarted", "dateFinished", "sortDate", "updatedAt")
      VALUES (${d.projectId}, ${d.releaseId}, ${d.environmentId}, ${d.app}, ${d.herokuReleaseId}, ${d.herokuVersion},
        ${d.status}::"DeployStatus", ${d.kind}::"DeployKind", ${d.source ?? "hook"}::"DeploySource", ${d.description}, ${d.deployerEmail},
        ${ts(d.dateStarted)}::timestamp(3), ${ts(d.dateFinished)}::timestamp(3), ${ts(d.sortDate)}::timestamp(3), ${ts(d.now)}::timestamp(3))
      ON CONFLICT ("projectId", "herokuReleaseId") DO UPDATE SET
        "status" = CASE WHEN "Deploy"."status" = 'pending' THEN EXCLUDED."status" ELSE "Deploy"."status" END,
        "dateFinished" = CASE
          WHEN "Deploy"."status" = 'pending' THEN EXCLUDED."dateFinished"
          WHEN "Deploy"."status" = EXCLUDED."status" THEN COALESCE("Deploy"."dateFinished", EXCLUDED."dateFinished")
          ELSE "Deploy"."dateFinished" END,
        "dateStarted" = LEAST("Deploy"."dateStarted", EXCLUDED."dateStarted"),
        "sortDate" = LEAST("Deploy"."sortDate", EXCLUDED."sortDate"),
        "herokuVersion" = COALESCE("Deploy"."herokuVersion", EXCLUDED."herokuVersion"),
        "description" = COALESCE("Deploy"."description", EXCLUDED."description"),
        "deployerEmail" = COALESCE("Deploy"."deployerEmail", EXCLUDED."deployerEmail"),
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id", "status", "dateFinished"
    ), "released" AS (
      UPDATE "Release" SET "dateReleased" = LEAST("Release"."dateReleased", COALESCE("deploy"."dateFinished", ${ts(d.now)}::timestamp(3)))
      FROM "deploy" WHERE "Release"."id" = ${d.releaseId} AND "deploy"."status" = 'succeeded'
    )
    SELECT "id", "status"::text AS "status", "dateFinished" FROM "deploy"`;
  return rows[0];
}
