import { db } from "@/lib/server/db";

export type DeployHealth = {
  rangeDays: number;
  environment: string;
  perDay: { day: string; succeeded: number; failed: number; pending: number }[];
  total: number;
  succeeded: number;
  failed: number;
  rollbacks: number;
  /** Succeeded code deploys (deploy, rollback, promotion) into `environment` per day. */
  deploysPerDay: number;
  /** failed ÷ finished, null when nothing finished. */
  failedRate: number | null;
  /** rollbacks ÷ finished code deploys, null when none. */
  rollbackRate: number | null;
  medianSecondsBetweenDeploys: number | null;
  medianSecondsPendingToSucceeded: number | null;
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * DORA-style numbers over the last `rangeDays`, all computed by PostgreSQL. Every query is bounded by
 * sortDate ≥ since on the (projectId, sortDate) index, so the cost follows the range, not the history.
 */
export async function deployHealth({
  projectId,
  rangeDays,
  environment = "production",
  app,
  now = new Date(),
}: {
  projectId: number;
  rangeDays: number;
  environment?: string;
  app?: string;
  now?: Date;
}): Promise<DeployHealth> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (rangeDays - 1)));
  const appFilter = app ?? null;
  const [days, summary, cadence] = await Promise.all([
    db().$queryRaw<{ day: Date; succeeded: bigint; failed: bigint; pending: bigint }[]>`
      SELECT date_trunc('day', d."sortDate") AS day,
             count(*) FILTER (WHERE d.status = 'succeeded') AS succeeded,
             count(*) FILTER (WHERE d.status = 'failed') AS failed,
             count(*) FILTER (WHERE d.status = 'pending') AS pending
      FROM "Deploy" d
      WHERE d."projectId" = ${projectId} AND d."sortDate" >= ${since} AND (${appFilter}::text IS NULL OR d.app = ${appFilter})
      GROUP BY 1 ORDER BY 1`,
    db().$queryRaw<{ total: bigint; succeeded: bigint; failed: bigint; rollbacks: bigint; code_finished: bigint; lead: number | null }[]>`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
             count(*) FILTER (WHERE status = 'failed') AS failed,
             count(*) FILTER (WHERE kind = 'rollback' AND status <> 'pending') AS rollbacks,
             count(*) FILTER (WHERE kind IN ('deploy', 'rollback', 'promotion') AND status <> 'pending') AS code_finished,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "dateFinished" - "dateStarted"))
               FILTER (WHERE status = 'succeeded' AND "dateStarted" IS NOT NULL AND "dateFinished" IS NOT NULL) AS lead
      FROM "Deploy"
      WHERE "projectId" = ${projectId} AND "sortDate" >= ${since} AND (${appFilter}::text IS NULL OR app = ${appFilter})`,
    db().$queryRaw<{ deploys: bigint; median_gap: number | null }[]>`
      WITH prod AS (
        SELECT d."sortDate", extract(epoch FROM d."sortDate" - lag(d."sortDate") OVER (ORDER BY d."sortDate", d.id)) AS gap
        FROM "Deploy" d JOIN "Environment" e ON e.id = d."environmentId"
        WHERE d."projectId" = ${projectId} AND d."sortDate" >= ${since} AND e.name = ${environment}
          AND d.status = 'succeeded' AND d.kind IN ('deploy', 'rollback', 'promotion')
          AND (${appFilter}::text IS NULL OR d.app = ${appFilter})
      )
      SELECT count(*) AS deploys, percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) FILTER (WHERE gap IS NOT NULL) AS median_gap FROM prod`,
  ]);
  const s = summary[0];
  const finished = Number(s.succeeded) + Number(s.failed);
  const byDay = new Map(days.map((d) => [d.day.toISOString().slice(0, 10), d]));
  const perDay = Array.from({ length: rangeDays }, (_, i) => {
    const day = new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return { day, succeeded: Number(row?.succeeded ?? 0), failed: Number(row?.failed ?? 0), pending: Number(row?.pending ?? 0) };
  });
  return {
    rangeDays,
    environment,
    perDay,
    total: Number(s.total),
    succeeded: Number(s.succeeded),
    failed: Number(s.failed),
    rollbacks: Number(s.rollbacks),
    deploysPerDay: Number(cadence[0].deploys) / rangeDays,
    failedRate: finished ? Number(s.failed) / finished : null,
    rollbackRate: Number(s.code_finished) ? Number(s.rollbacks) / Number(s.code_finished) : null,
    medianSecondsBetweenDeploys: num(cadence[0].median_gap),
    medianSecondsPendingToSucceeded: num(s.lead),
  };
}
