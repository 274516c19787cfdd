import { db } from "@/lib/server/db";
import { deployInclude, memberNames, toDeployListItem, type DeployListItem } from "./list-deploys";

export type ReleaseNeighbors = { environment: string; previous: string | null; next: string | null };

/** One release as seen from a project: its rollout, head commits, and neighbours per environment. Null when unknown. */
export async function getReleaseDetail({ orgId, projectId, version }: { orgId: number; projectId: number; version: string }) {
  const release = await db().release.findFirst({
    where: { orgId, version, projects: { some: { projectId } } },
    include: { headCommits: { include: { repository: { select: { name: true, url: true } } } } },
  });
  if (!release) return null;
  const rows = await db().deploy.findMany({
    where: { projectId, releaseId: release.id },
    orderBy: [{ sortDate: "asc" }, { id: "asc" }],
    include: deployInclude,
  });
  const names = await memberNames(orgId, [release.ownerEmail, ...rows.map((r) => r.deployerEmail)]);
  const deploys: DeployListItem[] = rows.map((r) => toDeployListItem(r, names));
  const neighbors = await Promise.all(
    [...new Map(rows.map((r) => [r.environmentId, r])).values()].map((first) =>
      neighborsIn({ projectId, releaseId: release.id, environmentId: first.environmentId, environment: first.environment.name, at: first.sortDate }),
    ),
  );
  return {
    version: release.version,
    url: release.url,
    ref: release.ref,
    dateCreated: release.dateCreated,
    dateReleased: release.dateReleased,
    owner: release.ownerEmail ? { email: release.ownerEmail, name: names.get(release.ownerEmail) ?? null } : null,
    headCommits: release.headCommits.map((c) => ({ commitId: c.commitId, repository: c.repository.name, repositoryUrl: c.repository.url })),
    deploys,
    neighbors,
  };
}

/** The other releases that went live in the same environment just before and just after this one. */
async function neighborsIn(o: { projectId: number; releaseId: number; environmentId: number; environment: string; at: Date }): Promise<ReleaseNeighbors> {
  const base = { projectId: o.projectId, environmentId: o.environmentId, status: "succeeded" as const, releaseId: { not: o.releaseId } };
  const [previous, next] = await Promise.all([
    db().deploy.findFirst({ where: { ...base, sortDate: { lt: o.at } }, orderBy: [{ sortDate: "desc" }, { id: "desc" }], select: { release: { select: { version: true } } } }),
    db().deploy.findFirst({ where: { ...base, sortDate: { gt: o.at } }, orderBy: [{ sortDate: "asc" }, { id: "asc" }], select: { release: { select: { version: true } } } }),
  ]);
  return { environment: o.environment, previous: previous?.release.version ?? null, next: next?.release.version ?? null };
}
