import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { deployInclude, memberNames, toDeployListItem } from "./list-deploys";
import { deployJson, releaseViews, type DeployJson, type ReleaseJson } from "./release-view";

export type HeadCommitJson = { repository: string; commitId: string; message: string | null; url: string | null };
export type ReleaseDetailJson = ReleaseJson & { deploys: DeployJson[]; headCommits: HeadCommitJson[] };

/** GitHub-style commit link (GitLab and Bitbucket redirect it too); null without a repository URL. */
export function commitUrl(repositoryUrl: string | null, commitId: string): string | null {
  return repositoryUrl ? `${repositoryUrl.replace(/\/+$/, "")}/commit/${encodeURIComponent(commitId)}` : null;
}

/** One release of the project with all its deploys there (newest first) and its head commits; 404 when the project has no such release. */
export async function getRelease({ orgId, projectId, version }: { orgId: number; projectId: number; version: string }): Promise<ReleaseDetailJson> {
  const release = await db().release.findFirst({
    where: { orgId, version, projects: { some: { projectId } } },
    include: { headCommits: { include: { repository: { select: { name: true, url: true } } }, orderBy: { id: "asc" } } },
  });
  if (!release) throw notFound("Release not found.");
  const [[view], deploys] = await Promise.all([
    releaseViews({ orgId, projectId, releaseIds: [release.id] }),
    db().deploy.findMany({
      where: { projectId, releaseId: release.id },
      orderBy: [{ sortDate: "desc" }, { id: "desc" }],
      include: deployInclude,
    }),
  ]);
  const names = await memberNames(orgId, deploys.map((d) => d.deployerEmail));
  return {
    ...view,
    deploys: deploys.map((d) => deployJson(toDeployListItem(d, names))),
    headCommits: release.headCommits.map((c) => ({
      repository: c.repository.name,
      commitId: c.commitId,
      message: c.message,
      url: commitUrl(c.repository.url, c.commitId),
    })),
  };
}
