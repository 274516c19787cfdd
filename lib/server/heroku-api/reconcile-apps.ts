import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ts } from "@/lib/server/releases/release-rows";
import { withHeroku, type ClientOverrides } from "./connection";
import { listReleasesPage } from "./heroku-endpoints";
import type { HerokuSlug } from "./heroku-schemas";
import { recordApiReleases } from "./record-api-releases";

// Heroku retries a failed delivery for 72 hours, then drops it; a wrong secret or a long outage
// loses releases for good. Reconciling reads each app's newest releases and records the missing
// ones (marked "reconcile"), going back page by page until a page holds nothing new.
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

export async function reconcileApp(o: { projectId: number; app: string }, overrides?: ClientOverrides) {
  const project = await db().project.findUniqueOrThrow({ where: { id: o.projectId }, select: { id: true, orgId: true } });
  const slugs = new Map<string, HerokuSlug>();
  let recorded = 0;
  try {
    await withHeroku(o.projectId, async (client) => {
      let range: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { releases, nextRange } = await listReleasesPage(client, { app: o.app, range, pageSize: PAGE_SIZE });
        const result = await recordApiReleases({ client, project, app: o.app, releases, source: "reconcile", slugs });
        recorded += result.recorded;
        if (!nextRange || result.known === releases.length) return;
        range = nextRange;
      }
    }, overrides);
    await db().herokuApp.updateMany({ where: { projectId: o.projectId, name: o.app }, data: { reconciledAt: new Date(), reconcileError: null } });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await db().herokuApp.updateMany({ where: { projectId: o.projectId, name: o.app }, data: { reconcileError: error.message } });
    throw error;
  }
  return { recorded };
}

/** The button: every tracked app of the project. Returns one sentence per app that failed. */
export async function reconcileProject({ projectId }: { projectId: number }, overrides?: ClientOverrides) {
  const apps = await db().herokuApp.findMany({ where: { projectId }, orderBy: { name: "asc" } });
  let recorded = 0;
  const failures: string[] = [];
  for (const app of apps) {
    try {
      recorded += (await reconcileApp({ projectId, app: app.name }, overrides)).recorded;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failures.push(`${app.name}: ${error.message}`);
    }
  }
  return { recorded, failures };
}

/**
 * The periodic run: claims apps not reconciled for `intervalMinutes` (moving their mark first, so
 * concurrent processes take different apps) and reconciles them. Apps of broken connections wait.
 */
export async function reconcileDueApps({ intervalMinutes, now = new Date(), limit = 5 }: { intervalMinutes: number; now?: Date; limit?: number }) {
  const due = new Date(now.getTime() - intervalMinutes * 60_000);
  const claimed = await db().$queryRaw<{ projectId: number; name: string }[]>`
    UPDATE "HerokuApp" SET "reconciledAt" = ${ts(now)}::timestamp(3)
    WHERE "id" IN (
      SELECT a."id" FROM "HerokuApp" a JOIN "HerokuConnection" c ON c."projectId" = a."projectId"
      WHERE c."lastError" IS NULL AND (a."reconciledAt" IS NULL OR a."reconciledAt" < ${ts(due)}::timestamp(3))
      ORDER BY a."reconciledAt" NULLS FIRST LIMIT ${limit} FOR UPDATE OF a SKIP LOCKED)
    RETURNING "projectId", "name"`;
  for (const app of claimed) {
    await reconcileApp({ projectId: app.projectId, app: app.name }).catch((error) => {
      if (!(error instanceof AppError)) console.error("[heroku] reconcile failed", error);
    });
  }
  return claimed.length;
}
