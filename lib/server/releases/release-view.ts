import { db } from "@/lib/server/db";
import { deployInclude, memberNames, toDeployListItem, type DeployListItem } from "./list-deploys";

// The API's `Release` and `Deploy` objects (../shared/API.md §2), built for many rows at once.
export type DeployJson = {
  id: string;
  version: string;
  environment: string;
  status: DeployListItem["status"];
  kind: DeployListItem["kind"];
  app: string;
  herokuReleaseVersion: number | null;
  description: string | null;
  deployer: { email: string; name: string | null } | null;
  dateStarted: string | null;
  dateFinished: string | null;
};

export type ReleaseJson = {
  version: string;
  dateCreated: string;
  dateReleased: string | null;
  url: string | null;
  owner: { email: string; name: string | null } | null;
  lastDeploy: DeployJson | null;
  deployCount: number;
};

export function deployJson(d: DeployListItem): DeployJson {
  return {
    id: String(d.id),
    version: d.version,
    environment: d.environment,
    status: d.status,
    kind: d.kind,
    app: d.app,
    herokuReleaseVersion: d.herokuReleaseVersion,
    description: d.description,
    deployer: d.deployer,
    dateStarted: d.dateStarted?.toISOString() ?? null,
    dateFinished: d.dateFinished?.toISOString() ?? null,
  };
}

/** Release objects for `releaseIds` as seen from one project, in the order given; three queries in all. */
export async function releaseViews({ orgId, projectId, releaseIds }: { orgId: number; projectId: number; releaseIds: number[] }): Promise<ReleaseJson[]> {
  if (releaseIds.length === 0) return [];
  const [releases, counts, lastDeploys] = await Promise.all([
    db().release.findMany({ where: { id: { in: releaseIds }, orgId } }),
    db().deploy.groupBy({ by: ["releaseId"], where: { projectId, releaseId: { in: releaseIds } }, _count: { _all: true } }),
    db().deploy.findMany({
      where: { projectId, releaseId: { in: releaseIds } },
      orderBy: [{ releaseId: "asc" }, { sortDate: "desc" }, { id: "desc" }],
      distinct: ["releaseId"],
      include: deployInclude,
    }),
  ]);
  const names = await memberNames(orgId, [...releases.map((r) => r.ownerEmail), ...lastDeploys.map((d) => d.deployerEmail)]);
  const countOf = new Map(counts.map((c) => [c.releaseId, c._count._all]));
  const lastOf = new Map(lastDeploys.map((d) => [d.releaseId, deployJson(toDeployListItem(d, names))]));
  const byId = new Map(releases.map((r) => [r.id, r]));
  return releaseIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        version: r.version,
        dateCreated: r.dateCreated.toISOString(),
        dateReleased: r.dateReleased?.toISOString() ?? null,
        url: r.url,
        owner: r.ownerEmail ? { email: r.ownerEmail, name: names.get(r.ownerEmail) ?? null } : null,
        lastDeploy: lastOf.get(id) ?? null,
        deployCount: countOf.get(id) ?? 0,
      },
    ];
  });
}
