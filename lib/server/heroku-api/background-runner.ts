import { env } from "@/lib/server/env";
import { drainImportJobs } from "./import-jobs";
import { reconcileDueApps } from "./reconcile-apps";

// In-process background work: imports and the periodic reconcile. Every process runs it; the
// database (leases, UPDATE … RETURNING claims) decides who does what, so several app instances on
// one PostgreSQL never import the same page twice at once.
const TICK_MS = 2_000;
const globalForRunner = globalThis as unknown as { shiplogHerokuRunner?: NodeJS.Timeout };

export function startHerokuRunner() {
  if (globalForRunner.shiplogHerokuRunner) return;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await drainImportJobs();
      if (env.HEROKU_RECONCILE_MINUTES > 0) await reconcileDueApps({ intervalMinutes: env.HEROKU_RECONCILE_MINUTES });
    } catch (error) {
      console.error("[heroku] background run failed", error);
    } finally {
      busy = false;
    }
  };
  globalForRunner.shiplogHerokuRunner = setInterval(tick, TICK_MS);
  // Never keep a process alive just for this (tests, CLI scripts).
  globalForRunner.shiplogHerokuRunner.unref();
}
