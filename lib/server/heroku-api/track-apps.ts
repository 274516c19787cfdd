import { db } from "@/lib/server/db";
import { getHerokuConfig, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { withHeroku } from "./connection";
import { listApps } from "./heroku-endpoints";
import { isHerokuApiError } from "./heroku-errors";
import { subscribeApp, unsubscribeApp } from "./subscribe-app";

export type TrackedAppInput = { name: string; environment: string };

/** The account's apps as Heroku lists them (every page). */
export function listAccountApps({ projectId }: { projectId: number }) {
  return withHeroku(projectId, listApps);
}

/**
 * Makes the ticked apps the tracked ones: each gets its environment in the plugin's app map and a
 * webhook; apps no longer ticked lose theirs. Returns one sentence per app that failed.
 */
export async function trackApps(o: { projectId: number; orgId: number; apps: TrackedAppInput[]; baseUrl: string }) {
  const known = new Map((await listAccountApps({ projectId: o.projectId })).map((a) => [a.name, a]));
  const failures: string[] = [];
  const current = await db().herokuApp.findMany({ where: { projectId: o.projectId } });
  for (const old of current.filter((c) => !o.apps.some((a) => a.name === c.name))) {
    await unsubscribeApp({ projectId: o.projectId, app: old.name }).catch((e) => failures.push(`${old.name}: ${sentence(e)}`));
  }
  const config = await getHerokuConfig(o.projectId);
  const appEnvironments = { ...config.config.appEnvironments };
  for (const app of o.apps) {
    const info = known.get(app.name);
    if (!info) {
      failures.push(`${app.name}: this Heroku account has no such app.`);
      continue;
    }
    appEnvironments[app.name] = app.environment;
    await db().herokuApp.upsert({
      where: { projectId_name: { projectId: o.projectId, name: app.name } },
      // From now on the webhook brings new releases and history is the import's job: the periodic
      // reconcile starts one interval later (otherwise it would record the whole history as "reconcile").
      create: { projectId: o.projectId, name: app.name, herokuAppId: info.id, reconciledAt: new Date() },
      update: { herokuAppId: info.id },
    });
  }
  await updateHerokuConfig({ projectId: o.projectId, orgId: o.orgId, input: { appEnvironments } });
  for (const app of o.apps.filter((a) => known.has(a.name))) {
    await subscribeApp({ projectId: o.projectId, orgId: o.orgId, app: app.name, baseUrl: o.baseUrl }).catch((e) => failures.push(`${app.name}: ${sentence(e)}`));
  }
  return { failures };
}

function sentence(error: unknown): string {
  if (isHerokuApiError(error)) return error.message;
  throw error;
}
