import type { LiveDeploy } from "@/lib/server/releases/live-now";
import { EnvironmentBadge } from "./status-badge";
import { relativeTime, shortVersion } from "./timeline-item";

export function LiveNow({ live, now }: { live: LiveDeploy[]; now: Date }) {
  if (live.length === 0) return null;
  return (
    <section aria-labelledby="live-now-heading" className="mb-6">
      <h2 id="live-now-heading" className="mb-2 text-sm font-semibold">Live now</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {live.map((d) => (
          <li key={d.environment} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
            <div className="flex items-center justify-between gap-2">
              <EnvironmentBadge name={d.environment} />
              {d.dateFinished ? (
                <time className="text-xs text-zinc-500" dateTime={d.dateFinished.toISOString()} title={d.dateFinished.toUTCString()}>
                  live since {relativeTime(d.dateFinished.toISOString(), now)}
                </time>
              ) : null}
            </div>
            <p className="mt-2 font-mono text-sm font-semibold" title={d.version}>{shortVersion(d.version)}</p>
            <p className="text-xs text-zinc-500">
              {d.app}
              {d.herokuReleaseVersion !== null ? ` · v${d.herokuReleaseVersion}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
