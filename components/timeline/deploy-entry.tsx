import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { EnvironmentBadge, KindBadge, StatusBadge } from "./status-badge";
import { relativeTime, shortVersion, type TimelineItem } from "./timeline-item";

export function DeployEntry({ item, now, releaseHref }: { item: TimelineItem; now: Date; releaseHref: string }) {
  const failed = item.status === "failed";
  return (
    <article
      aria-label={`${item.kind} ${shortVersion(item.version)} to ${item.environment}: ${item.status}`}
      data-status={item.status}
      className={`rounded-lg border bg-white p-3 shadow-sm dark:bg-zinc-900 ${failed ? "border-red-300 dark:border-red-800" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={item.status} />
        <Link href={releaseHref} title={item.version} className="font-mono text-sm font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
          {shortVersion(item.version)}
        </Link>
        <CopyButton text={item.version} label="Copy version" />
        <EnvironmentBadge name={item.environment} />
        <KindBadge kind={item.kind} />
        {item.source === "reconcile" ? <span className="text-xs text-zinc-500" title="Recorded by reconciling with Heroku's API, not by a hook">reconciled</span> : null}
        <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">
          <time dateTime={item.sortDate} title={new Date(item.sortDate).toUTCString()}>
            {relativeTime(item.sortDate, now)}
          </time>
        </span>
      </div>
      <p className="mt-1.5 text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-medium">{item.app}</span>
        {item.herokuReleaseVersion !== null ? <span className="text-zinc-500"> · v{item.herokuReleaseVersion}</span> : null}
        {item.deployer ? (
          <span className="text-zinc-500" title={item.deployer.email}> · by {item.deployer.name ?? item.deployer.email}</span>
        ) : null}
      </p>
      {item.description ? <p className="mt-1 truncate text-sm text-zinc-600 dark:text-zinc-400" title={item.description}>{item.description}</p> : null}
    </article>
  );
}
