import { db } from "@/lib/server/db";

export type LiveDeploy = { environment: string; version: string; app: string; dateFinished: Date | null; herokuReleaseVersion: number | null };

/**
 * What is live per environment: each environment's newest succeeded deploy. One index probe per
 * environment (LATERAL … LIMIT 1 on (projectId, environmentId, status, sortDate)), so the cost does
 * not grow with the history; DISTINCT ON read every succeeded deploy (1.7 s at 100k, see bench/).
 */
export async function liveNow({ projectId }: { projectId: number }): Promise<LiveDeploy[]> {
  const rows = await db().$queryRaw<
    { environment: string; version: string; app: string; dateFinished: Date | null; herokuVersion: number | null }[]
  >`
    SELECT e.name AS environment, r.version, d.app, d."dateFinished", d."herokuVersion"
    FROM "Environment" e
    CROSS JOIN LATERAL (
      SELECT * FROM "Deploy" d
      WHERE d."projectId" = ${projectId} AND d."environmentId" = e.id AND d.status = 'succeeded'
      ORDER BY d."sortDate" DESC, d.id DESC
      LIMIT 1
    ) d
    JOIN "Release" r ON r.id = d."releaseId"
    WHERE e."orgId" = (SELECT "orgId" FROM "Project" WHERE id = ${projectId})
    ORDER BY e.name`;
  return rows.map((r) => ({ environment: r.environment, version: r.version, app: r.app, dateFinished: r.dateFinished, herokuReleaseVersion: r.herokuVersion }));
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
