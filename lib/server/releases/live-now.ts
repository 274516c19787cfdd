import { db } from "@/lib/server/db";

export type LiveDeploy = { environment: string; version: string; app: string; dateFinished: Date | null; herokuReleaseVersion: number | null };

/** What is live per environment: each environment's newest succeeded deploy (one query, DISTINCT ON). */
export async function liveNow({ projectId }: { projectId: number }): Promise<LiveDeploy[]> {
  const rows = await db().$queryRaw<
    { environment: string; version: string; app: string; dateFinished: Date | null; herokuVersion: number | null }[]
  >`
    SELECT DISTINCT ON (d."environmentId") e.name AS environment, r.version, d.app, d."dateFinished", d."herokuVersion"
    FROM "Deploy" d
    JOIN "Environment" e ON e.id = d."environmentId"
    JOIN "Release" r ON r.id = d."releaseId"
    WHERE d."projectId" = ${projectId} AND d.status = 'succeeded'
    ORDER BY d."environmentId", d."sortDate" DESC, d.id DESC`;
  return rows
    .map((r) => ({ environment: r.environment, version: r.version, app: r.app, dateFinished: r.dateFinished, herokuReleaseVersion: r.herokuVersion }))
    .sort((a, b) => a.environment.localeCompare(b.environment));
}

/** Environments and apps seen in the project, for the filter menus. */
export async function timelineFacets({ projectId }: { projectId: number }) {
  const [environments, apps] = await Promise.all([
    db().$queryRaw<{ name: string }[]>`
      SELECT e.name FROM "Environment" e
      WHERE EXISTS (SELECT 1 FROM "Deploy" d WHERE d."environmentId" = e.id AND d."projectId" = ${projectId})
      ORDER BY e.name`,
    // A loose index scan on (projectId, app): one index probe per distinct app, however long the history.
    db().$queryRaw<{ app: string }[]>`
      WITH RECURSIVE apps AS (
        SELECT min(app) AS app FROM "Deploy" WHERE "projectId" = ${projectId}
        UNION ALL
        SELECT (SELECT min(app) FROM "Deploy" WHERE "projectId" = ${projectId} AND app > apps.app) FROM apps WHERE apps.app IS NOT NULL
      )
      SELECT app FROM apps WHERE app IS NOT NULL`,
  ]);
  return { environments: environments.map((e) => e.name), apps: apps.map((a) => a.app) };
}

/** Whether Heroku (or anyone) has called this project's hooks yet: decides the setup empty state. */
export async function hasDeliveries({ projectId }: { projectId: number }): Promise<boolean> {
  return (await db().delivery.findFirst({ where: { projectId }, select: { id: true } })) !== null;
}
