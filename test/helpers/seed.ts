import type { DeliveryOutcome, DeployKind, DeployStatus, Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";

// Rows written directly with Prisma: the API reads what the hook receiver will write.

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function seedUser(email = `${unique("user")}@example.com`, name: string | null = null) {
  const user = await db().user.create({ data: { email, name, passwordHash: "x" } });
  const { token } = await createApiToken({ userId: user.id, name: "test" });
  return { user, token };
}

export async function seedOrg(userId: number, slug = unique("org"), role: Role = "owner") {
  return db().organization.create({ data: { slug, name: slug, members: { create: { userId, role } } } });
}

export async function addMember(orgId: number, userId: number, role: Role) {
  return db().member.create({ data: { orgId, userId, role } });
}

export async function seedProject(orgId: number, slug = unique("project")) {
  return db().project.create({ data: { orgId, slug, name: slug } });
}

export async function seedRelease(o: { orgId: number; projectId: number; version: string; at?: Date; ownerEmail?: string; url?: string }) {
  const at = o.at ?? new Date();
  return db().release.create({
    data: {
      orgId: o.orgId,
      version: o.version,
      ownerEmail: o.ownerEmail ?? null,
      url: o.url ?? null,
      dateCreated: at,
      projects: { create: { projectId: o.projectId, createdAt: at } },
    },
  });
}

export async function seedDeploy(o: {
  orgId: number;
  projectId: number;
  releaseId: number;
  environment?: string;
  app?: string;
  status?: DeployStatus;
  kind?: DeployKind;
  at?: Date;
  deployerEmail?: string;
  herokuVersion?: number;
}) {
  const name = o.environment ?? "production";
  const environment = await db().environment.upsert({
    where: { orgId_name: { orgId: o.orgId, name } },
    create: { orgId: o.orgId, name },
    update: {},
  });
  const at = o.at ?? new Date();
  return db().deploy.create({
    data: {
      projectId: o.projectId,
      releaseId: o.releaseId,
      environmentId: environment.id,
      app: o.app ?? "acme-shop",
      status: o.status ?? "succeeded",
      kind: o.kind ?? "deploy",
      herokuVersion: o.herokuVersion ?? null,
      deployerEmail: o.deployerEmail ?? null,
      description: "Deploy abc1234",
      dateStarted: at,
      dateFinished: o.status === "pending" ? null : at,
      sortDate: at,
    },
  });
}

export async function seedDelivery(o: { projectId: number; outcome?: DeliveryOutcome; at?: Date; status?: number; reason?: string; body?: string }) {
  return db().delivery.create({
    data: {
      projectId: o.projectId,
      plugin: "heroku",
      receivedAt: o.at ?? new Date(),
      eventId: unique("event"),
      action: "update",
      status: o.status ?? 200,
      outcome: o.outcome ?? "processed",
      reason: o.reason ?? null,
      releaseVersion: "abc1234",
      body: o.body ?? null,
    },
  });
}

/** Minutes from a fixed instant: deterministic order without sleeping. */
export const minutesAfter = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, 0) + minutes * 60_000);


/** An organization with one named owner and one project: for tests that need no API token. */
export async function seedOwnedProject(options: { email?: string; name?: string } = {}) {
  const user = await db().user.create({ data: { email: options.email ?? `${unique("owner")}@example.com`, name: options.name ?? null, passwordHash: "x" } });
  const org = await db().organization.create({ data: { slug: unique("org"), name: "Org", members: { create: { userId: user.id, role: "owner" } } } });
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

/** Writes a deploy of `version` (creating its release and environment when missing). */
export async function seedVersionDeploy(orgId: number, projectId: number, d: DeploySeed) {
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
      herokuReleaseId: unique("heroku-release"),
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
