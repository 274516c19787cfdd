import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyButton } from "@/components/ui/copy-button";
import { EnvironmentBadge, KindBadge, StatusBadge } from "@/components/timeline/status-badge";
import { loadProjectPage } from "@/lib/server/pages/page-access";
import { getReleaseDetail } from "@/lib/server/releases/release-detail";

type Props = { params: Promise<{ org: string; project: string; version: string }> };

export async function generateMetadata({ params }: Props) {
  const { version } = await params;
  return { title: `Release ${decodeURIComponent(version).slice(0, 12)}` };
}

const fmt = (d: Date | null) => (d ? d.toUTCString().replace(" GMT", " UTC") : "—");

export default async function ReleasePage({ params }: Props) {
  const { org: orgSlug, project: projectSlug, version: rawVersion } = await params;
  const { org, project } = await loadProjectPage(orgSlug, projectSlug);
  const release = await getReleaseDetail({ orgId: org.id, projectId: project.id, version: decodeURIComponent(rawVersion) });
  if (!release) notFound();
  const base = `/${org.slug}/${project.slug}/releases`;
  const releaseHref = (v: string) => `${base}/${encodeURIComponent(v)}`;
  const commit = release.headCommits[0];
  const repoUrl = commit?.repositoryUrl?.replace(/\/+$/, "");
  const previous = release.neighbors.find((n) => n.environment === "production")?.previous ?? release.neighbors[0]?.previous ?? null;

  return (
    <main className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={base} className="text-indigo-600 hover:underline dark:text-indigo-400">← All releases</Link>
      </nav>
      <header>
        <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          Release <span className="font-mono break-all">{release.version}</span>
          <CopyButton text={release.version} label="Copy version" />
        </h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div><dt className="text-zinc-500">First seen</dt><dd>{fmt(release.dateCreated)}</dd></div>
          <div><dt className="text-zinc-500">Released</dt><dd>{release.dateReleased ? fmt(release.dateReleased) : "Not released yet"}</dd></div>
          <div><dt className="text-zinc-500">Owner</dt><dd>{release.owner ? (release.owner.name ?? release.owner.email) : "—"}</dd></div>
          <div>
            <dt className="text-zinc-500">App URL</dt>
            <dd>{release.url ? <a className="text-indigo-600 hover:underline dark:text-indigo-400" href={release.url}>{release.url}</a> : "—"}</dd>
          </div>
        </dl>
      </header>

      <section aria-labelledby="commits-heading">
        <h3 id="commits-heading" className="mb-2 text-sm font-semibold">Head commit</h3>
        {release.headCommits.length === 0 ? (
          <p className="text-sm text-zinc-500">No repository is configured for this project, so no commit is linked.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {release.headCommits.map((c) => (
              <li key={c.repository}>
                {c.repository}:{" "}
                {c.repositoryUrl ? (
                  <a className="font-mono text-indigo-600 hover:underline dark:text-indigo-400" href={`${c.repositoryUrl.replace(/\/+$/, "")}/commit/${c.commitId}`}>
                    {c.commitId.slice(0, 12)}
                  </a>
                ) : (
                  <span className="font-mono">{c.commitId}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {repoUrl && previous ? (
          <p className="mt-2 text-sm">
            <a className="text-indigo-600 hover:underline dark:text-indigo-400" href={`${repoUrl}/compare/${previous}...${release.version}`}>
              Compare with previous release
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="rollout-heading">
        <h3 id="rollout-heading" className="mb-2 text-sm font-semibold">Rollout</h3>
        <ol className="space-y-2">
          {release.deploys.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
              <StatusBadge status={d.status} />
              <EnvironmentBadge name={d.environment} />
              <KindBadge kind={d.kind} />
              <span className="font-medium">{d.app}</span>
              {d.herokuReleaseVersion !== null ? <span className="text-zinc-500">v{d.herokuReleaseVersion}</span> : null}
              {d.deployer ? <span className="text-zinc-500">by {d.deployer.name ?? d.deployer.email}</span> : null}
              <time className="ml-auto text-xs text-zinc-500" dateTime={d.sortDate.toISOString()}>{fmt(d.dateFinished ?? d.dateStarted ?? d.sortDate)}</time>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="neighbors-heading">
        <h3 id="neighbors-heading" className="mb-2 text-sm font-semibold">Before and after, per environment</h3>
        <ul className="space-y-1 text-sm">
          {release.neighbors.map((n) => (
            <li key={n.environment} className="flex flex-wrap items-center gap-3">
              <EnvironmentBadge name={n.environment} />
              <span>
                Previous:{" "}
                {n.previous ? <Link className="font-mono text-indigo-600 hover:underline dark:text-indigo-400" href={releaseHref(n.previous)}>{n.previous.slice(0, 12)}</Link> : "none"}
              </span>
              <span>
                Next:{" "}
                {n.next ? <Link className="font-mono text-indigo-600 hover:underline dark:text-indigo-400" href={releaseHref(n.next)}>{n.next.slice(0, 12)}</Link> : "none"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
