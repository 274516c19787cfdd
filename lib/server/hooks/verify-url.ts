import { AppError } from "@/lib/server/errors";
import { loadHookProject, signatureMatches } from "@/lib/server/projects/release-token";
import type { HookProject } from "./hook-types";

export type HookParams = { plugin: string; projectId: string; signature: string };

const MAX_PROJECT_ID = 2147483647; // the column is a PostgreSQL integer: larger ids cannot exist

function parseProjectId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_PROJECT_ID ? id : null;
}

/**
 * The first checks of API.md §3, in its order: unknown project 404, then no token or bad
 * signature 403. The signature is Sentry's: hex HMAC-SHA256(release token, "<plugin>-<projectId>").
 */
export async function verifyHookUrl({ plugin, projectId, signature }: HookParams): Promise<HookProject> {
  const id = parseProjectId(projectId);
  const project = id ? await loadHookProject(id) : null;
  if (!project) throw new AppError(404, "project_not_found", "No project has this id.");
  if (!project.releaseToken) {
    throw new AppError(403, "release_token_missing", "This project has no release token yet: open its release settings to create one.");
  }
  if (!signatureMatches(project.releaseToken, plugin, project.id, signature)) {
    throw new AppError(403, "invalid_url_signature", "The hook URL's signature does not match the project's release token (was the token regenerated?).");
  }
  return { id: project.id, orgId: project.orgId };
}
