import { readdirSync } from "node:fs";
import path from "node:path";

// Calls the real /api/0 route handlers with real Request objects, routed the way Next routes them:
// route files found on disk, static segments before [dynamic] before [...catchAll], trailing slash optional.

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Route = { segments: string[]; file: string };

const API_DIR = path.resolve("app/api/0");

function findRoutes(dir: string, segments: string[] = []): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return findRoutes(path.join(dir, entry.name), [...segments, entry.name]);
    return entry.name === "route.ts" ? [{ segments, file: path.join(dir, entry.name) }] : [];
  });
}

export const apiRoutes = findRoutes(API_DIR);

/** "organizations/[org]/projects" → "/api/0/organizations/{org}/projects/" (the OpenAPI spelling). */
export function openApiPath(route: Route): string {
  return `/api/0/${route.segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}${route.segments.length ? "/" : ""}`;
}

function match(route: Route, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i];
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(seg);
    if (catchAll) {
      if (i >= parts.length) return null;
      params[catchAll[1]] = parts.slice(i);
      return params;
    }
    if (i >= parts.length) return null;
    const dynamic = /^\[(\w+)\]$/.exec(seg);
    if (dynamic) params[dynamic[1]] = parts[i];
    else if (seg !== parts[i]) return null;
  }
  return route.segments.length === parts.length ? params : null;
}

// Static beats dynamic beats catch-all, segment by segment (Next's precedence).
const rank = (seg: string) => (seg.startsWith("[...") ? 2 : seg.startsWith("[") ? 1 : 0);
const byPrecedence = [...apiRoutes].sort((a, b) => {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const d = rank(a.segments[i] ?? "") - rank(b.segments[i] ?? "");
    if (d !== 0) return d;
  }
  return b.segments.length - a.segments.length;
});

export type CallOptions = { token?: string | null; body?: unknown; rawBody?: BodyInit; headers?: Record<string, string> };

export const BASE_URL = "http://shiplog.test";

/** One API call through the route handler Next would pick. `path` is like "/api/0/organizations/?x=1". */
export async function callApi(method: string, pathAndQuery: string, options: CallOptions = {}): Promise<Response> {
  const url = new URL(pathAndQuery, BASE_URL);
  const parts = url.pathname.replace(/^\/api\/0\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  for (const route of byPrecedence) {
    const params = match(route, parts);
    if (!params) continue;
    const mod = (await import(route.file)) as Record<string, Handler | undefined>;
    const handler = mod[method];
    if (!handler) throw new Error(`${route.file} exports no ${method}`);
    const headers = new Headers({ host: "shiplog.test", ...options.headers });
    if (options.token) headers.set("authorization", `Bearer ${options.token}`);
    let body: BodyInit | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    }
    const request = new Request(url, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
    return handler(request, { params: Promise.resolve(params) });
  }
  throw new Error(`no route file for ${url.pathname}`);
}

/** The parsed JSON body, with the status for assertions. */
export async function callJson<T = unknown>(method: string, pathAndQuery: string, options?: CallOptions): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await callApi(method, pathAndQuery, options);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}
