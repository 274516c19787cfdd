import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ts } from "@/lib/server/releases/release-rows";
import { withHeroku, type ClientOverrides } from "./connection";
import { listReleasesPage } from "./heroku-endpoints";
import { isHerokuApiError } from "./heroku-errors";
import type { HerokuSlug } from "./heroku-schemas";
import { recordApiReleases } from "./record-api-releases";

// An import walks an app's releases newest first, one Heroku page at a time; after each page the
// job row keeps Heroku's Next-Range, so a restarted server resumes where it stopped. A runner owns
// a job while its lease lasts; an expired lease means the runner died and another process may take it.
const LEASE_MS = 60_000;
const PAGE_SIZE = 200;
const RETRY_LATER_MS = 60_000;

/** Queues an import of the app's history; an import already queued or running is reused. */
export async function startImport({ projectId, app }: { projectId: number; app: string }) {
  const tracked = await db().herokuApp.findUnique({ where: { projectId_name: { projectId, name: app } } });
  if (!tracked) throw new AppError(404, "not_found", `${app} is not one of this project's Heroku apps.`);
  const active = await db().herokuImportJob.findFirst({ where: { projectId, app, status: { in: ["queued", "running"] } } });
  return active ?? db().herokuImportJob.create({ data: { projectId, app } });
}

type ClaimedJob = { id: number; projectId: number; app: string; cursor: string | null; seen: number; recorded: number; total: number | null };

/** Takes one job whose lease is free; several processes may call this at once, each gets a different job. */
export async function claimImportJob(now = new Date()): Promise<ClaimedJob | null> {
  const rows = await db().$queryRaw<ClaimedJob[]>`
    UPDATE "HerokuImportJob" SET "status" = 'running', "leaseUntil" = ${ts(new Date(now.getTime() + LEASE_MS))}::timestamp(3), "updatedAt" = ${ts(now)}::timestamp(3)
    WHERE "id" = (
      SELECT "id" FROM "HerokuImportJob"
      WHERE "status" IN ('queued', 'running') AND ("leaseUntil" IS NULL OR "leaseUntil" < ${ts(now)}::timestamp(3))
      ORDER BY "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "projectId", "app", "cursor", "seen", "recorded", "total"`;
  return rows[0] ?? null;
}

/** Runs a claimed job page by page to its end; Heroku trouble that may pass leaves it queued for later. */
export async function runImportJob(job: ClaimedJob, overrides?: ClientOverrides) {
  const project = await db().project.findUniqueOrThrow({ where: { id: job.projectId }, select: { id: true, orgId: true } });
  const slugs = new Map<string, HerokuSlug>();
  const heartbeat = async () => void (await db().herokuImportJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() + LEASE_MS) } }));
  let { cursor, seen, recorded, total } = job;
  try {
    await withHeroku(job.projectId, async (client) => {
      for (;;) {
        const page = await listReleasesPage(client, { app: job.app, range: cursor, pageSize: PAGE_SIZE });
        // Versions count up from v1, so the newest version is how many releases there are.
        total ??= page.releases[0]?.version ?? 0;
        const result = await recordApiReleases({ client, project, app: job.app, releases: page.releases, source: "import", slugs, heartbeat });
        seen += page.releases.length;
        recorded += result.recorded;
        cursor = page.nextRange;
        const done = cursor === null;
        await db().herokuImportJob.update({
          where: { id: job.id },
          data: {
            cursor, seen, recorded, error: null,
            total: done ? seen : Math.max(total, seen),
            ...(done ? { status: "done", finishedAt: new Date(), leaseUntil: null } : { leaseUntil: new Date(Date.now() + LEASE_MS) }),
          },
        });
        if (done) return;
      }
    }, overrides);
  } catch (error) {
    const passing = isHerokuApiError(error) && ["heroku_rate_limited", "heroku_unavailable", "heroku_unreachable"].includes(error.herokuCode);
    const message = error instanceof AppError ? error.message : "The import stopped on an unexpected error.";
    if (!(error instanceof AppError)) console.error("[heroku] import failed", error);
    await db().herokuImportJob.update({
      where: { id: job.id },
      data: passing
        ? { status: "queued", error: `${message} Resuming shortly.`, leaseUntil: new Date(Date.now() + RETRY_LATER_MS) }
        : { status: "failed", error: message, leaseUntil: null, finishedAt: new Date() },
    });
  }
}

/** Claims and runs jobs until none is free (the background runner's tick, and tests). */
export async function drainImportJobs(overrides?: ClientOverrides): Promise<number> {
  let ran = 0;
  for (let job = await claimImportJob(); job; job = await claimImportJob()) {
    await runImportJob(job, overrides);
    ran += 1;
  }
  return ran;
}
