import type { DeploySource } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { parseHerokuReleaseData } from "@/lib/server/hooks/heroku-event";
import { environmentForApp, loadHerokuHookConfig } from "@/lib/server/plugins/heroku-config";
import { recordHerokuRelease } from "@/lib/server/releases/record-heroku-release";
import type { HerokuClient } from "./heroku-client";
import { getSlug } from "./heroku-endpoints";
import type { HerokuRelease, HerokuSlug } from "./heroku-schemas";

export type RecordPageOptions = {
  client: HerokuClient;
  project: { id: number; orgId: number };
  app: string;
  releases: HerokuRelease[];
  source: Extract<DeploySource, "import" | "reconcile">;
  /** Slugs already fetched in this run: config releases share their predecessor's slug. */
  slugs: Map<string, HerokuSlug>;
  /** Called every few releases: a page read at Heroku's throttled pace can outlast a job's lease. */
  heartbeat?: () => Promise<void>;
};

/**
 * Records a page of releases read from Heroku's API through the hook's own path (same parsing,
 * same transaction, same deploy state machine). The dedupe key names the Heroku release and its
 * status, so importing twice, or importing while hooks for the same release arrive, changes
 * nothing twice: hooks and imports meet on the deploy's (project, Heroku release id).
 * Returns how many deploys were created or moved on.
 */
export async function recordApiReleases(o: RecordPageOptions): Promise<{ recorded: number; known: number }> {
  const ids = o.releases.map((r) => r.id);
  const existing = await db().deploy.findMany({ where: { projectId: o.project.id, herokuReleaseId: { in: ids } }, select: { herokuReleaseId: true, status: true } });
  const statusOf = new Map(existing.map((d) => [d.herokuReleaseId, d.status]));
  const config = await loadHerokuHookConfig(o.project.id);
  let recorded = 0;
  let known = 0;
  for (const [i, release] of o.releases.entries()) {
    if (i > 0 && i % 25 === 0) await o.heartbeat?.();
    const status = statusOf.get(release.id);
    // Already final (or as far as Heroku got): no slug lookup, no transaction.
    if (status && (status !== "pending" || release.status === "pending")) {
      known += 1;
      continue;
    }
    const slug = release.slug ? await slugOf(o, release.slug.id) : null;
    const now = new Date();
    const parsed = parseHerokuReleaseData({ ...release, slug }, now);
    if (parsed.kind !== "release") continue;
    const result = await recordHerokuRelease({
      project: o.project,
      event: parsed.event,
      dedupeKey: `api:${release.id}:${parsed.event.status}`,
      environment: environmentForApp(config, o.app),
      repositoryId: config.repositoryId,
      now,
      source: o.source,
    });
    if (result.outcome === "processed") recorded += 1;
  }
  return { recorded, known };
}

async function slugOf(o: RecordPageOptions, id: string): Promise<HerokuSlug> {
  let slug = o.slugs.get(id);
  if (!slug) {
    slug = await getSlug(o.client, { app: o.app, slugId: id });
    o.slugs.set(id, slug);
  }
  return slug;
}
