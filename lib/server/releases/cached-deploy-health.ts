import { sharedCache } from "@/lib/server/cache/ttl-cache";
import { deployHealth, type DeployHealth } from "./deploy-health";

// Health reads every deploy in its range, so its cost grows with deploys per day (×100 between the
// benchmark's 1k and 100k projects), while its numbers are 7- to 90-day aggregates that a few seconds
// cannot move. The timeline refreshes every 5 s for every viewer: compute once per project, filter
// and range every HEALTH_TTL_MS instead. Not invalidated by hooks: during a deploy storm it would
// never be reused.
export const HEALTH_TTL_MS = 30_000;
const cache = sharedCache<string, DeployHealth>("deploy-health", { ttlMs: HEALTH_TTL_MS, maxEntries: 1_000 });

type Query = { projectId: number; rangeDays: number; environment?: string; app?: string };

export function cachedDeployHealth(query: Query): Promise<DeployHealth> {
  const key = JSON.stringify([query.projectId, query.rangeDays, query.environment ?? null, query.app ?? null]);
  return cache.get(key, () => deployHealth(query));
}
