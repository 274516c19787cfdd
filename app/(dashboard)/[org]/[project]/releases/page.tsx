import { FilterBar } from "@/components/timeline/filter-bar";
import { HealthPanel } from "@/components/timeline/health-panel";
import { LiveNow } from "@/components/timeline/live-now";
import { Timeline } from "@/components/timeline/timeline";
import { TimelineEmpty } from "@/components/timeline/timeline-empty";
import { roleAtLeast } from "@/lib/server/orgs/org-access";
import { loadProjectPage } from "@/lib/server/pages/page-access";
import { cachedDeployHealth } from "@/lib/server/releases/cached-deploy-health";
import { listDeploys } from "@/lib/server/releases/list-deploys";
import { hasDeliveries, liveNow, timelineFacets } from "@/lib/server/releases/live-now";
import { toTimelineItem } from "@/lib/server/releases/timeline-items";
import { timelineFiltersSchema } from "@/lib/validation/timeline";

export const metadata = { title: "Releases" };

type Props = { params: Promise<{ org: string; project: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReleasesPage({ params, searchParams }: Props) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project, role } = await loadProjectPage(orgSlug, projectSlug);
  const filters = timelineFiltersSchema.parse(await searchParams);
  const base = `/${org.slug}/${project.slug}`;

  const [first, live, facets, health] = await Promise.all([
    listDeploys({
      projectId: project.id,
      orgId: org.id,
      filters: { environment: filters.environment, app: filters.app, status: filters.status, kind: filters.kind, query: filters.q },
      limit: 50,
    }),
    liveNow({ projectId: project.id }),
    timelineFacets({ projectId: project.id }),
    cachedDeployHealth({ projectId: project.id, rangeDays: filters.range, environment: filters.environment, app: filters.app }),
  ]);

  const filtered = Boolean(filters.environment || filters.app || filters.status || filters.kind || filters.q);
  if (!filtered && first.items.length === 0 && !(await hasDeliveries({ projectId: project.id }))) {
    return <TimelineEmpty settingsHref={`${base}/settings/heroku`} canConfigure={roleAtLeast(role, "admin")} />;
  }

  // Only the filters that are set, as strings: what the URL and "Load more" carry.
  const search = Object.fromEntries(
    Object.entries({ environment: filters.environment, app: filters.app, status: filters.status, kind: filters.kind, q: filters.q }).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  );
  const rangeHref = (range: number) => `${base}/releases?${new URLSearchParams({ ...search, range: String(range) })}`;
  const now = new Date();

  return (
    <main>
      <LiveNow live={live} now={now} />
      <HealthPanel health={health} rangeHref={rangeHref} />
      <section aria-labelledby="timeline-heading">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="timeline-heading" className="text-sm font-semibold">Timeline</h2>
        </div>
        <div className="mb-4">
          <FilterBar environments={facets.environments} apps={facets.apps} />
        </div>
        {first.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            No deploys match these filters.
          </p>
        ) : (
          <Timeline
            key={JSON.stringify(search)}
            orgSlug={org.slug}
            projectSlug={project.slug}
            search={search}
            initialItems={first.items.map(toTimelineItem)}
            initialCursor={first.nextCursor}
            renderedAt={now.toISOString()}
          />
        )}
      </section>
    </main>
  );
}
