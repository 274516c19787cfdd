import { db } from "@/lib/server/db";
import type { DeployKind, DeployStatus } from "@/lib/generated/prisma/client";

let n = 0;
const next = () => `${Date.now().toString(36)}${(n += 1)}`;

/** An organization with one owner and one project, for tests. */
export async function seedProject(options: { email?: string; name?: string } = {}) {
  const user = await db().user.create({ data: { email: options.email ?? `owner-${next()}@example.com`, name: options.name ?? null, passwordHash: "x" } });
  const org = await db().organization.create({ data: { slug: `org-${next()}`, name: "Org", members: { create: { userId: user.id, role: "owner" } } } });
  const project = await db().project.create({ data: { orgId: org.id, slug: "shop", name: "Shop" } });
  return { user, org, project };
}

export type DeploySeed = {
  version: string;
  environment?: string;
  app?: string;
  status?: DeployStatus;
  kind?: DeployKind;
  at: Date;
  finishedAfterSeconds?: number;
  deployerEmail?: string;
  description?: string;
};

/** Writes a deploy (and its release and environment) straight to the database. */
export async function seedDeploy(orgId: number, projectId: number, d: DeploySeed) {
  const release = await db().release.upsert({
    where: { orgId_version: { orgId, version: d.version } },
    create: { orgId, version: d.version, projects: { create: { projectId } } },
    update: {},
  });
  const environment = await db().environment.upsert({
    where: { orgId_name: { orgId, name: d.environment ?? "production" } },
    create: { orgId, name: d.environment ?? "production" },
    update: {},
  });
  const status = d.status ?? "succeeded";
  return db().deploy.create({
    data: {
      projectId,
      releaseId: release.id,
      environmentId: environment.id,
      app: d.app ?? "acme-shop",
      herokuReleaseId: next(),
      status,
      kind: d.kind ?? "deploy",
      description: d.description ?? `Deploy ${d.version.slice(0, 7)}`,
      deployerEmail: d.deployerEmail ?? null,
      dateStarted: d.at,
      dateFinished: status === "pending" ? null : new Date(d.at.getTime() + (d.finishedAfterSeconds ?? 60) * 1000),
      sortDate: d.at,
    },
  });
}
