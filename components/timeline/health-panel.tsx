import Link from "next/link";
import type { DeployHealth } from "@/lib/server/releases/deploy-health";
import { HEALTH_RANGES } from "@/lib/validation/timeline";
import { formatDuration } from "./timeline-item";

const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(v < 0.1 && v > 0 ? 1 : 0)} %`);

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums">{value}</dd>
      <dd className="text-xs text-zinc-500">{hint}</dd>
    </div>
  );
}

/** Deploy health for the selected range; every number comes from the database. */
export function HealthPanel({ health, rangeHref }: { health: DeployHealth; rangeHref: (range: number) => string }) {
  const max = Math.max(1, ...health.perDay.map((d) => d.succeeded + d.failed + d.pending));
  return (
    <section aria-labelledby="health-heading" className="mb-6">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="health-heading" className="text-sm font-semibold">
          Deploy health <span className="font-normal text-zinc-500 dark:text-zinc-400">· updated every 30 s</span>
        </h2>
        <nav aria-label="Range" className="flex gap-1 text-xs">
          {HEALTH_RANGES.map((r) => (
            <Link
              key={r}
              href={rangeHref(r)}
              scroll={false}
              aria-current={r === health.rangeDays ? "true" : undefined}
              className="rounded px-2 py-1 font-medium text-zinc-600 hover:bg-zinc-100 aria-[current=true]:bg-indigo-600 aria-[current=true]:text-white dark:text-zinc-400 dark:hover:bg-zinc-800"
            >
              {r} days
            </Link>
          ))}
        </nav>
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat label="Deployment frequency" value={`${health.deploysPerDay.toFixed(health.deploysPerDay < 1 ? 2 : 1)} / day`} hint={`succeeded to ${health.environment}`} />
        <Stat label="Failed release rate" value={pct(health.failedRate)} hint={`${health.failed} of ${health.succeeded + health.failed} finished`} />
        <Stat label="Rollback rate" value={pct(health.rollbackRate)} hint={`${health.rollbacks} rollbacks`} />
        <Stat label="Time between deploys" value={formatDuration(health.medianSecondsBetweenDeploys)} hint={`median, ${health.environment}`} />
        <Stat label="Pending → succeeded" value={formatDuration(health.medianSecondsPendingToSucceeded)} hint="median release time" />
      </dl>
      <figure className="mt-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
        <figcaption className="mb-2 text-xs text-zinc-500">Deploys per day, last {health.rangeDays} days (UTC); failed in red</figcaption>
        <div className="flex h-24 items-end gap-px" role="list" aria-label="Deploys per day">
          {health.perDay.map((d) => {
            const total = d.succeeded + d.failed + d.pending;
            return (
              <div
                key={d.day}
                role="listitem"
                aria-label={`${d.day}: ${total} deploys, ${d.failed} failed`}
                title={`${d.day}: ${d.succeeded} succeeded, ${d.failed} failed, ${d.pending} pending`}
                className="flex h-full min-w-0 flex-1 flex-col justify-end"
              >
                <div className="bg-red-500" style={{ height: `${(d.failed / max) * 100}%` }} />
                <div className="bg-indigo-400 dark:bg-indigo-500" style={{ height: `${((d.succeeded + d.pending) / max) * 100}%` }} />
              </div>
            );
          })}
        </div>
      </figure>
    </section>
  );
}
