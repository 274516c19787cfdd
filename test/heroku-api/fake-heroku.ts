// A fake of the parts of Heroku's Platform API (v3) Shiplog uses, as a real HTTP server on loopback.
// Behaviour follows devcenter's Platform API reference: `Accept: application/vnd.heroku+json;
// version=3` required, Bearer auth, `{ id, message }` error bodies, RateLimit-Remaining on every
// answer, Range / Next-Range pagination answering 206 while more remain, the generated webhook
// secret returned once in Heroku-Webhook-Secret. Webhook deliveries are signed like Heroku's.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeHerokuState, type FakeApp, type FakeRelease } from "./fake-heroku-state";
import { pageOf } from "./fake-heroku-range";

export type Injection = { status: number; count: number; match?: RegExp; retryAfter?: number; skip?: number };
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
export type LoggedRequest = { method: string; path: string; range: string | null; status: number; at: number };
export type Transport = (request: Request) => Promise<Response>;

const error = (status: number, id: string, message: string, headers?: Record<string, string>): Answer => ({ status, body: { id, message }, headers });

export async function startFakeHeroku(o: { transport?: Transport; port?: number } = {}) {
  const state = new FakeHerokuState();
  const log: LoggedRequest[] = [];
  const injected: Required<Injection>[] = [];
  let remaining = 4500;

  function route(method: string, path: string, auth: string | null, range: string | null, body: Record<string, unknown> | null): Answer {
    const account = state.accounts.get(auth?.replace(/^Bearer /, "") ?? "");
    if (!account || account.revoked) return error(401, "unauthorized", "Invalid credentials provided.");
    if (method === "GET" && path === "/account") return { status: 200, body: { id: account.id, email: account.email, name: null } };
    if (method === "GET" && path === "/apps") {
      const apps = [...account.apps].map((n) => state.apps.get(n)!).map(({ id, name }) => ({ id, name }));
      return pageOf(apps, range, { field: "name", defaultMax: 200 });
    }
    const m = path.match(/^\/apps\/([^/]+)(\/.*)?$/);
    const app = m && account.apps.has(decodeURIComponent(m[1])) ? state.apps.get(decodeURIComponent(m[1])) : undefined;
    if (!app) return error(404, "not_found", "Couldn't find that app.");
    const rest = m?.[2] ?? "";
    if (method === "GET" && rest === "") return { status: 200, body: { id: app.id, name: app.name } };
    if (method === "GET" && rest === "/releases") return pageOf(app.releases, range, { field: "version", defaultMax: 200 });
    const slug = rest.match(/^\/slugs\/([^/]+)$/);
    if (method === "GET" && slug) {
      const found = app.slugs.get(decodeURIComponent(slug[1]));
      return found ? { status: 200, body: found } : error(404, "not_found", "Couldn't find that slug.");
    }
    if (rest === "/webhooks" && method === "GET") return { status: 200, body: app.webhooks.map(publicWebhook) };
    if (rest === "/webhooks" && method === "POST") return createWebhook(app, body);
    const hook = rest.match(/^\/webhooks\/([^/]+)$/);
    const webhook = hook ? app.webhooks.find((w) => w.id === decodeURIComponent(hook[1])) : undefined;
    if (hook && !webhook) return error(404, "not_found", "Couldn't find that webhook.");
    if (webhook && method === "DELETE") {
      app.webhooks = app.webhooks.filter((w) => w !== webhook);
      return { status: 200, body: publicWebhook(webhook) };
    }
    if (webhook && method === "PATCH") {
      Object.assign(webhook, pickWebhookFields(body), { updated_at: new Date().toISOString() });
      return { status: 200, body: publicWebhook(webhook) };
    }
    return error(404, "not_found", "The requested API endpoint was not found.");
  }

  function createWebhook(app: FakeApp, body: Record<string, unknown> | null): Answer {
    const fields = pickWebhookFields(body);
    if (!fields.url || !fields.include?.length || !["notify", "sync"].includes(fields.level ?? "")) {
      return error(422, "invalid_params", "include, level (notify or sync) and url are required.");
    }
    if (app.webhooks.some((w) => w.url === fields.url)) return error(422, "invalid_params", "This URL is already subscribed to this app.");
    const secret = fields.secret ?? randomBytes(20).toString("hex");
    const now = new Date().toISOString();
    const webhook = { id: randomUUID(), url: fields.url, include: fields.include, level: fields.level!, secret, created_at: now, updated_at: now };
    app.webhooks.push(webhook);
    // Heroku returns a secret it generated once, in this header; one the caller chose is never echoed.
    return { status: 201, body: publicWebhook(webhook), headers: fields.secret ? {} : { "Heroku-Webhook-Secret": secret } };
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    let answer: Answer;
    const rule = injected.find((r) => r.count > 0 && r.match.test(`${req.method} ${path}`) && r.skip-- <= 0);
    if (req.headers.accept !== "application/vnd.heroku+json; version=3") {
      answer = error(400, "bad_request", "Please specify a version: Accept: application/vnd.heroku+json; version=3.");
    } else if (rule) {
      rule.count -= 1;
      answer = rule.status === 429
        ? error(429, "rate_limit", "Your account reached the API rate limit. Please wait a few minutes before making new requests.", { "Retry-After": String(rule.retryAfter) })
        : error(rule.status, "service_unavailable", "Heroku is temporarily unavailable.");
    } else {
      let body: Record<string, unknown> | null = null;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null;
      } catch {
        answer = error(400, "bad_request", "Invalid JSON.");
      }
      answer ??= route(req.method ?? "GET", path, req.headers.authorization ?? null, (req.headers.range as string) ?? null, body);
    }
    if (answer.status !== 429) remaining = Math.max(0, remaining - 1);
    log.push({ method: req.method ?? "GET", path, range: (req.headers.range as string) ?? null, status: answer.status, at: Date.now() });
    res.writeHead(answer.status, { "Content-Type": "application/json", "RateLimit-Remaining": String(answer.status === 429 ? 0 : remaining), ...answer.headers });
    res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Sends one api:release event for `release` to every webhook of its app, signed with each secret. */
  async function deliver(appName: string, release: FakeRelease, action: "create" | "update") {
    const app = state.apps.get(appName)!;
    const answers: Response[] = [];
    for (const webhook of app.webhooks) {
      const eventId = randomUUID();
      const body = JSON.stringify({
        id: eventId, action, resource: "release", actor: { email: release.user.email },
        created_at: release.created_at, updated_at: release.updated_at, version: "application/vnd.heroku+json; version=3",
        webhook_metadata: { attempt: { id: randomUUID() }, delivery: { id: randomUUID() }, event: { id: eventId, include: "api:release" }, webhook: { id: webhook.id } },
        data: state.eventData(appName, release),
      });
      const signature = createHmac("sha256", webhook.secret).update(body).digest("base64");
      const request = new Request(webhook.url, { method: "POST", headers: { "Content-Type": "application/json", "Heroku-Webhook-Hmac-SHA256": signature }, body });
      answers.push(await (o.transport ?? fetch)(request));
    }
    return answers;
  }

  return {
    url,
    state,
    log,
    deliver,
    /** After `skip` requests matching `match` ("METHOD /path"), the next `count` answer `status` (429 with Retry-After). */
    inject: (i: Injection) => void injected.push({ match: /.*/, retryAfter: 1, skip: 0, ...i }),
    setRemaining: (n: number) => void (remaining = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeHeroku = Awaited<ReturnType<typeof startFakeHeroku>>;

function publicWebhook(w: { id: string; url: string; include: string[]; level: string; created_at: string; updated_at: string }) {
  const { id, url, include, level, created_at, updated_at } = w;
  return { id, url, include, level, created_at, updated_at, app: null };
}

function pickWebhookFields(body: Record<string, unknown> | null) {
  const b = body ?? {};
  return {
    ...(typeof b.url === "string" ? { url: b.url } : {}),
    ...(Array.isArray(b.include) ? { include: b.include.map(String) } : {}),
    ...(typeof b.level === "string" ? { level: b.level } : {}),
    ...(typeof b.secret === "string" && b.secret ? { secret: b.secret } : {}),
  } as { url?: string; include?: string[]; level?: string; secret?: string };
}
