// Shared by the Heroku API tests: the fake Platform API on loopback, its webhook deliveries sent to
// the real hook route handler, and a project connected to a fake account.
import { randomBytes } from "node:crypto";
import { POST } from "@/app/api/hooks/release/[plugin]/[projectId]/[signature]/route";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { connectHeroku } from "@/lib/server/heroku-api/connection";
import { startFakeHeroku, type FakeHeroku } from "./fake-heroku";

export const BASE_URL = "https://shiplog.example.com";

/** Delivers a fake webhook request to the route handler, as Next.js would route it. */
async function toRouteHandler(request: Request): Promise<Response> {
  const [, , , , plugin, projectId, signature] = new URL(request.url).pathname.split("/");
  return POST(request, { params: Promise.resolve({ plugin, projectId, signature }) });
}

/** Starts the fake and points Shiplog's Heroku client at it (HEROKU_API_URL, read per client). */
export async function startFake(): Promise<FakeHeroku> {
  const fake = await startFakeHeroku({ transport: toRouteHandler });
  env.HEROKU_API_URL = fake.url;
  return fake;
}

/** A project (its owner is an org owner) connected with a fresh key of a fake account owning `apps`. */
export async function connectedProject(fake: FakeHeroku, apps: string[] = ["acme-shop"]) {
  const suffix = randomBytes(4).toString("hex");
  const user = await db().user.create({ data: { email: `owner-${suffix}@example.com`, passwordHash: "x" } });
  const org = await db().organization.create({ data: { slug: `org-${suffix}`, name: "Org", members: { create: { userId: user.id, role: "owner" } } } });
  const project = await db().project.create({ data: { orgId: org.id, slug: "shop", name: "Shop" } });
  const apiKey = `hrku-${randomBytes(16).toString("hex")}`;
  fake.state.addAccount(apiKey, `ops-${suffix}@example.com`);
  for (const app of apps) fake.state.addApp(apiKey, `${app}-${suffix}`);
  await connectHeroku({ projectId: project.id, apiKey });
  return { project: { id: project.id, orgId: org.id }, apiKey, apps: apps.map((a) => `${a}-${suffix}`) };
}

/** Deploys of a project, keyed by Heroku release id, for exact-count assertions. */
export async function deploysOf(projectId: number) {
  return db().deploy.findMany({ where: { projectId }, orderBy: { herokuVersion: "asc" } });
}
