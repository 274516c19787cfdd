// The releases page and the deploy list API at 1,000 and 100,000 deploys in one project (another
// project filled beside it), over HTTP on the production server: the cost must follow the page,
// not the history. The database is filled while the server is stopped (PGlite allows one process
// per directory), then the server is started on it.
import { spawn } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";
import { request, sessionCookieName, signIn, type CookieJar } from "../../test/faults/http-session";
import { ROOT } from "../../test/hooks/http-server";
import { createBenchDatabase, envFor, type BenchDatabase } from "../databases";
import { fillProject } from "../fill-timeline";
import type { DbKind } from "../options";
import { seedViewer, VIEWER } from "../seed";
import { startShiplog, type RunningServer } from "../servers";
import { timeMs, type Spread } from "../stats";

export type TimelineSize = { deploys: number; timings: Record<string, Spread> };

export const PAGE = "first page HTML (GET /{org}/{project}/releases)";
export const API = "deploy list API (GET /api/0/projects/{org}/{project}/deploys/)";

async function getOk(server: RunningServer, url: string, jar: CookieJar | null, headers: Record<string, string> = {}, expect: (body: string) => boolean) {
  const res = await request(server.url, url, jar, { headers });
  const body = await res.text();
  if (res.status !== 200 || !expect(body)) {
    throw new Error(`GET ${url} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}: ${body.slice(0, 300)}`);
  }
}

function healthInProcess(database: BenchDatabase, projectId: number, samples: number): Promise<Record<string, Spread>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/health-probe.ts"), "--project", String(projectId), "--samples", String(samples)], {
      cwd: ROOT,
      env: envFor(database),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.once("error", reject);
    child.once("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line));
      else reject(new Error(`health probe failed (exit ${code}):\n${out}`));
    });
  });
}

export async function runTimeline(o: { kind: DbKind; sizes: number[]; samples: number }): Promise<TimelineSize[]> {
  const database = await createBenchDatabase(o.kind, "timeline");
  const { userId, apiToken } = await database.use(async (d) => {
    await d.withSession((s) => applyMigrations(s));
    return seedViewer(d);
  });
  let jar: CookieJar | null = null;
  const results: TimelineSize[] = [];
  for (const deploys of o.sizes) {
    const slug = `bench-${deploys}`;
    const { projectId } = await database.use(async (d) => {
      await fillProject(d.prisma, { slug: `noise-${deploys}`, deploys: deploys / 2, userId });
      return fillProject(d.prisma, { slug, deploys, userId });
    });
    const health = await healthInProcess(database, projectId, o.samples);
    const server = await startShiplog(database);
    try {
      if (!jar) {
        const signedIn = await signIn(server.url, VIEWER.email, VIEWER.password);
        if (!sessionCookieName(signedIn.jar)) throw new Error(`sign-in failed: ${signedIn.response.status} ${await signedIn.response.text()}`);
        jar = signedIn.jar;
      }
      const session = jar;
      const page = await timeMs(() => getOk(server, `/${slug}/shop/releases`, session, {}, (body) => body.includes("Deploy ")), o.samples);
      const api = await timeMs(
        () => getOk(server, `/api/0/projects/${slug}/shop/deploys/`, null, { authorization: `Bearer ${apiToken}` }, (body) => body.startsWith("[") && body.length > 2),
        o.samples,
      );
      results.push({ deploys, timings: { [PAGE]: page, [API]: api, ...health } });
      console.log(`[bench] timeline ${deploys} deploys: page median ${page.median.toFixed(1)} ms, API median ${api.median.toFixed(1)} ms`);
    } finally {
      await server.stop();
    }
  }
  return results;
}
