import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { HOOK_CONFIG_TTL_MS, sharedCache } from "@/lib/server/cache/ttl-cache";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";

// Sentry's scheme, kept so hook URLs built the Sentry way verify:
// signature = hex(HMAC-SHA256(key = release token, message = "<plugin>-<projectId>")).
export function hookSignature(token: string, plugin: string, projectId: number): string {
  return createHmac("sha256", token).update(`${plugin}-${projectId}`).digest("hex");
}

export function signatureMatches(token: string, plugin: string, projectId: number, given: string): boolean {
  const expected = Buffer.from(hookSignature(token, plugin, projectId));
  const actual = Buffer.from(given.toLowerCase());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function hookUrl(baseUrl: string, plugin: string, projectId: number, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/hooks/release/${plugin}/${projectId}/${hookSignature(token, plugin, projectId)}/`;
}

function newToken(): string {
  return randomBytes(32).toString("hex");
}

/** The project's release token (stored encrypted); null when none was created yet. */
export async function readReleaseToken(projectId: number): Promise<string | null> {
  const project = await db().project.findUnique({ where: { id: projectId }, select: { releaseToken: true } });
  return project?.releaseToken ? decryptSecret(project.releaseToken) : null;
}

export type HookProjectSecrets = { id: number; orgId: number; releaseToken: string | null };

// Every hook request needs the project's token; a burst of hooks (or of forged ones) should not
// cost a query and a decryption each. Unknown ids are remembered too, for the same reason.
const hookProjects = sharedCache<number, HookProjectSecrets | null>("hook-projects", { ttlMs: HOOK_CONFIG_TTL_MS, maxEntries: 10_000 });

/** The project a hook names, with its decrypted release token; null when no project has this id. */
export function loadHookProject(projectId: number): Promise<HookProjectSecrets | null> {
  return hookProjects.get(projectId, async (id) => {
    const project = await db().project.findUnique({ where: { id }, select: { id: true, orgId: true, releaseToken: true } });
    return project ? { ...project, releaseToken: project.releaseToken ? decryptSecret(project.releaseToken) : null } : null;
  });
}

/** Like Sentry: the token is created on first read. Concurrent first reads agree on one token. */
export async function getOrCreateReleaseToken(projectId: number): Promise<string> {
  const existing = await readReleaseToken(projectId);
  if (existing) return existing;
  await db().project.updateMany({ where: { id: projectId, releaseToken: null }, data: { releaseToken: encryptSecret(newToken()) } });
  hookProjects.invalidate(projectId);
  return (await readReleaseToken(projectId))!;
}

/** A new token: every hook URL built from the old one stops verifying. */
export async function regenerateReleaseToken(projectId: number): Promise<string> {
  const token = newToken();
  await db().project.update({ where: { id: projectId }, data: { releaseToken: encryptSecret(token) } });
  hookProjects.invalidate(projectId);
  return token;
}
