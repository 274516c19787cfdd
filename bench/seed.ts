import { hashPassword } from "@/lib/server/auth/passwords";
import type { Database } from "@/lib/server/db";
import { generateApiToken, hashApiToken, tokenHint } from "@/lib/server/tokens/token-secret";
import { seedHookProject } from "../test/faults/fault-fixtures";

export type HookProject = { id: number; orgId: number };

/** Migrates `database` and creates `count` projects wired for Heroku hooks (TOKEN and SECRET). */
export async function seedHookProjects(database: Database, count: number): Promise<HookProject[]> {
  const projects: HookProject[] = [];
  for (let i = 0; i < count; i++) {
    const id = await seedHookProject(database, { migrate: i === 0 });
    const { orgId } = await database.prisma.project.findUniqueOrThrow({ where: { id }, select: { orgId: true } });
    projects.push({ id, orgId });
  }
  return projects;
}

export const VIEWER = { email: "bench-viewer@example.com", password: "bench-viewer-password-1" };

/** The user the timeline is read as: signs in with VIEWER's password, and an API token for the REST API. */
export async function seedViewer(database: Database): Promise<{ userId: number; apiToken: string }> {
  const user = await database.prisma.user.create({ data: { email: VIEWER.email, name: "Bench Viewer", passwordHash: await hashPassword(VIEWER.password) } });
  const apiToken = generateApiToken();
  await database.prisma.apiToken.create({ data: { userId: user.id, name: "bench", tokenHash: hashApiToken(apiToken), tokenHint: tokenHint(apiToken) } });
  return { userId: user.id, apiToken };
}

/** Heroku release ids of the deploys stored for a project. */
export async function storedReleaseIds(database: Database, projectId: number): Promise<Set<string>> {
  const rows = await database.prisma.deploy.findMany({ where: { projectId }, select: { herokuReleaseId: true } });
  return new Set(rows.map((r) => r.herokuReleaseId).filter((id): id is string => id !== null));
}
