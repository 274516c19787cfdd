// Shared by the hook tests: a project wired for hooks, signed requests sent to the real route handler.
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { DELETE, GET, PATCH, POST, PUT } from "@/app/api/hooks/release/[plugin]/[projectId]/[signature]/route";
import { db } from "@/lib/server/db";
import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { setHerokuEnabled, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { getOrCreateReleaseToken, hookSignature } from "@/lib/server/projects/release-token";

export const SAMPLES_DIR = path.resolve(import.meta.dirname, "../../../shared/heroku-samples");
export const JANE = { email: "jane@example.com", name: "Jane Doe" };

export type HookProject = { id: number; orgId: number; token: string; secret: string };

export type SampleEvent = {
  id: string;
  action: string;
  webhook_metadata: { event: { id: string } & Record<string, unknown> } & Record<string, unknown>;
  data: Record<string, unknown>;
  [key: string]: unknown;
};

/** Sample payloads from ../shared/heroku-samples, by file name without ".json". */
export function sample(name: string): SampleEvent {
  return JSON.parse(readFileSync(path.join(SAMPLES_DIR, `${name}.json`), "utf8"));
}
export const sampleNames = () => readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));

/** A fresh organization (Jane is a member) and project, with a release token and the Heroku plugin set up. */
export async function createHookProject(options: {
  enabled?: boolean;
  secret?: string | null;
  environment?: string;
  appEnvironments?: Record<string, string>;
  repository?: string;
} = {}): Promise<HookProject> {
  const suffix = randomBytes(4).toString("hex");
  const user = await db().user.upsert({ where: { email: JANE.email }, create: { ...JANE, passwordHash: "x" }, update: {} });
  const org = await db().organization.create({
    data: { slug: `org-${suffix}`, name: `Org ${suffix}`, members: { create: { userId: user.id, role: "owner" } } },
  });
  const project = await db().project.create({ data: { orgId: org.id, slug: "shop", name: "Shop" } });
  const token = await getOrCreateReleaseToken(project.id);
  const secret = options.secret === undefined ? `whsec-${suffix}` : options.secret;
  if (options.repository) await db().repository.create({ data: { orgId: org.id, name: options.repository } });
  await updateHerokuConfig({
    projectId: project.id,
    orgId: org.id,
    input: {
      ...(secret ? { webhookSecret: secret } : {}),
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.appEnvironments ? { appEnvironments: options.appEnvironments } : {}),
      ...(options.repository ? { repository: options.repository } : {}),
    },
  });
  await setHerokuEnabled({ projectId: project.id, enabled: options.enabled ?? true });
  return { id: project.id, orgId: org.id, token, secret: secret ?? "" };
}

const handlers = { POST, GET, PUT, PATCH, DELETE };

export type SendOptions = {
  plugin?: string;
  method?: keyof typeof handlers;
  /** Object → JSON; string or bytes → sent as they are. */
  body?: unknown;
  /** Heroku body signature: computed with the project's secret unless given (null: no header). */
  bodySignature?: string | null;
  signature?: string;
  projectId?: string;
  headers?: Record<string, string>;
};

/** Sends one hook through the exported route handler with a real Request; returns status, JSON and headers. */
export async function sendHook(project: HookProject, o: SendOptions = {}) {
  const plugin = o.plugin ?? "heroku";
  const projectId = o.projectId ?? String(project.id);
  const signature = o.signature ?? hookSignature(project.token, plugin, project.id);
  const raw = typeof o.body === "string" || o.body instanceof Uint8Array ? o.body : JSON.stringify(o.body ?? {});
  const headers = new Headers({ "content-type": "application/json", ...o.headers });
  const bodySignature = o.bodySignature === undefined ? herokuBodySignature(project.secret || "none", raw) : o.bodySignature;
  if (bodySignature !== null) headers.set("Heroku-Webhook-Hmac-SHA256", bodySignature);
  const method = o.method ?? "POST";
  const request = new Request(`http://localhost/api/hooks/release/${plugin}/${projectId}/${signature}/`, {
    method,
    headers,
    body: method === "GET" ? undefined : (raw as BodyInit),
  });
  const response = await handlers[method](request, { params: Promise.resolve({ plugin, projectId, signature }) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Rows the hook may write for a project, for "nothing written" assertions. */
export async function countRows(project: Pick<HookProject, "id" | "orgId">) {
  const [releases, deploys, environments, headCommits, hookEvents, deliveries] = await Promise.all([
    db().release.count({ where: { orgId: project.orgId } }),
    db().deploy.count({ where: { projectId: project.id } }),
    db().environment.count({ where: { orgId: project.orgId } }),
    db().headCommit.count({ where: { release: { orgId: project.orgId } } }),
    db().hookEvent.count({ where: { projectId: project.id } }),
    db().delivery.count({ where: { projectId: project.id } }),
  ]);
  return { releases, deploys, environments, headCommits, hookEvents, deliveries };
}

export function lastDelivery(projectId: number) {
  return db().delivery.findFirst({ where: { projectId }, orderBy: { id: "desc" } });
}

/** A sample with new ids, so one test's events never collide with another's. */
export function freshEvent(name: string, overrides: { data?: Record<string, unknown>; [key: string]: unknown } = {}) {
  const base = sample(name);
  const suffix = randomBytes(6).toString("hex");
  const { data, ...top } = overrides;
  return {
    ...base,
    id: `evt-${suffix}`,
    webhook_metadata: { ...base.webhook_metadata, event: { ...base.webhook_metadata.event, id: `evt-${suffix}` } },
    ...top,
    data: { ...base.data, ...data },
  };
}
