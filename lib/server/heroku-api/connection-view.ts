import { db } from "@/lib/server/db";
import { getHerokuConfig } from "@/lib/server/plugins/heroku-config";

export type ImportProgress = { app: string; status: "queued" | "running" | "done" | "failed"; seen: number; total: number | null; recorded: number; error: string | null };

export type TrackedAppView = {
  name: string;
  environment: string;
  webhookState: string;
  webhookError: string | null;
  reconciledAt: string | null;
  reconcileError: string | null;
  lastImport: ImportProgress | null;
};

export type HerokuConnectionView = { connected: false } | { connected: true; accountEmail: string; lastError: string | null; apps: TrackedAppView[] };

/** What the Heroku connection card shows: never the key. */
export async function getHerokuConnectionView(projectId: number): Promise<HerokuConnectionView> {
  const connection = await db().herokuConnection.findUnique({ where: { projectId } });
  if (!connection) return { connected: false };
  const [apps, config, imports] = await Promise.all([
    db().herokuApp.findMany({ where: { projectId }, orderBy: { name: "asc" } }),
    getHerokuConfig(projectId),
    listImportProgress(projectId),
  ]);
  return {
    connected: true,
    accountEmail: connection.accountEmail,
    lastError: connection.lastError,
    apps: apps.map((a) => ({
      name: a.name,
      environment: config.config.appEnvironments[a.name] ?? config.config.environment,
      webhookState: a.webhookState,
      webhookError: a.webhookError,
      reconciledAt: a.reconciledAt?.toISOString() ?? null,
      reconcileError: a.reconcileError,
      lastImport: imports.find((i) => i.app === a.name) ?? null,
    })),
  };
}

/** The latest import of each app of the project (polled by the progress bars). */
export async function listImportProgress(projectId: number): Promise<ImportProgress[]> {
  const jobs = await db().herokuImportJob.findMany({ where: { projectId }, orderBy: { id: "desc" }, take: 200 });
  const latest = new Map<string, ImportProgress>();
  for (const j of jobs) {
    if (!latest.has(j.app)) latest.set(j.app, { app: j.app, status: j.status, seen: j.seen, total: j.total, recorded: j.recorded, error: j.error });
  }
  return [...latest.values()];
}
