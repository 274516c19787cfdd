// Shared by the faults suite: a database seeded for hooks, Heroku events that each make one release
// and one deploy, sending them over real HTTP, and counting what was stored.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { encryptSecret } from "@/lib/server/crypto/secret-box";
import { createDatabase, type Database } from "@/lib/server/db";
import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";
import { hookSignature } from "@/lib/server/projects/release-token";
import { dbKind } from "../helpers/database";
import { createScratchPostgres } from "../helpers/scratch-postgres";
import { sample } from "../hooks/hook-fixtures";
import { ROOT } from "../hooks/http-server";

export const TOKEN = "faults-release-token";
export const SECRET = "faults-webhook-secret";
export const AUTH_SECRET = process.env.AUTH_SECRET ?? "faults-only-secret-0123456789abcdef0123456789";
/** The faults suite's servers listen on 3500–3599 (other suites use other ranges). */
export const PORTS: [number, number] = [3500, 100];

/** A private data directory under data/faults-*, removed by the returned function. */
export function faultsDataDir(name: string) {
  const dir = path.join(ROOT, "data", `faults-${name}-${randomBytes(3).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An empty database for a server under test: a scratch PostgreSQL database on a PostgreSQL run,
 * else a private PGlite directory. `env` goes to the server; `cleanup` drops or removes it.
 */
export async function serverDatabase(name: string): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (dbKind() === "postgres") {
    const scratch = await createScratchPostgres();
    return { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
  }
  const data = faultsDataDir(name);
  return { env: { SHIPLOG_DATA_DIR: `${data.dir}/pglite` }, cleanup: async () => data.remove() };
}

export const openDatabase = (env: { DATABASE_URL?: string; SHIPLOG_DATA_DIR?: string }) =>
  createDatabase({ url: env.DATABASE_URL, dataDir: env.SHIPLOG_DATA_DIR ?? "unused", poolSize: 4 });

/** Migrates (when asked) and creates an organization and project wired for Heroku hooks. */
export async function seedHookProject(database: Database, { migrate = true } = {}): Promise<number> {
  if (migrate) await database.withSession((s) => applyMigrations(s));
  const suffix = randomBytes(3).toString("hex");
  const org = await database.prisma.organization.create({ data: { slug: `faults-${suffix}`, name: "Faults" } });
  const project = await database.prisma.project.create({ data: { orgId: org.id, slug: "shop", name: "Shop", releaseToken: encryptSecret(TOKEN) } });
  await database.prisma.pluginConfig.create({ data: { projectId: project.id, plugin: "heroku", enabled: true, webhookSecret: encryptSecret(SECRET) } });
  return project.id;
}

export type TestEvent = { eventId: string; herokuReleaseId: string; body: string };

/** A succeeded Heroku release event with its own event id, Heroku release id and commit. */
export function makeEvent(n: number): TestEvent {
  const base = sample("release-update-succeeded");
  const eventId = randomUUID();
  const herokuReleaseId = randomUUID();
  const commit = randomBytes(20).toString("hex");
  const body = JSON.stringify({
    ...base,
    id: eventId,
    webhook_metadata: { ...base.webhook_metadata, event: { ...base.webhook_metadata.event, id: eventId } },
    data: { ...base.data, id: herokuReleaseId, version: 1000 + n, description: `Deploy ${commit.slice(0, 7)}`, slug: { ...(base.data.slug as object), commit } },
  });
  return { eventId, herokuReleaseId, body };
}

export const hookUrl = (baseUrl: string, projectId: number) =>
  `${baseUrl}/api/hooks/release/heroku/${projectId}/${hookSignature(TOKEN, "heroku", projectId)}/`;

export type HookAnswer = { status: number; retryAfter: string | null; outcome?: string; ms: number };

/** POSTs one signed event; a refused or cut connection is status 0 (Heroku would retry it). */
export async function postEvent(url: string, event: TestEvent, timeoutMs = 20_000, signature?: string): Promise<HookAnswer> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      redirect: "manual",
      body: event.body,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "content-type": "application/json", "Heroku-Webhook-Hmac-SHA256": signature ?? herokuBodySignature(SECRET, event.body) },
    });
    const json = (await res.json().catch(() => null)) as { outcome?: string } | null;
    return { status: res.status, retryAfter: res.headers.get("retry-after"), outcome: json?.outcome, ms: performance.now() - started };
  } catch {
    return { status: 0, retryAfter: null, ms: performance.now() - started };
  }
}

/** How many deploys, hook events and releases each event left behind (for "exactly once"). */
export async function storedCounts(database: Database, projectId: number, events: TestEvent[]) {
  const deploys = await database.prisma.deploy.groupBy({ by: ["herokuReleaseId"], where: { projectId }, _count: { _all: true } });
  const hookEvents = await database.prisma.hookEvent.groupBy({ by: ["eventId"], where: { projectId }, _count: { _all: true } });
  const deployCount = new Map(deploys.map((d) => [d.herokuReleaseId, d._count._all]));
  const eventCount = new Map(hookEvents.map((h) => [h.eventId, h._count._all]));
  return events.map((e) => ({ event: e, deploys: deployCount.get(e.herokuReleaseId) ?? 0, hookEvents: eventCount.get(e.eventId) ?? 0 }));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
