// Through real HTTP against a running `next dev`: both slash forms of the hook URL reach the
// handler without a redirect (Heroku does not follow them), and the server process records
// into the database. The server owns the database while it runs (PGlite allows one process per
// directory), so the test seeds it first, closes it, and reopens it once the server stopped.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { encryptSecret } from "@/lib/server/crypto/secret-box";
import { createDatabase, type Database } from "@/lib/server/db";
import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";
import { hookSignature } from "@/lib/server/projects/release-token";
import { dbKind } from "../helpers/database";
import { sample } from "./hook-fixtures";
import { startServer, type DevServer } from "./http-server";

const TOKEN = "http-test-release-token";
const SECRET = "http-test-webhook-secret";
const scratch = mkdtempSync(path.join(tmpdir(), "shiplog-hooks-http-"));
const databaseEnv: Record<string, string> =
  dbKind() === "postgres" ? { DATABASE_URL: process.env.DATABASE_URL! } : { SHIPLOG_DATA_DIR: path.join(scratch, "pglite") };
const openDatabase = () => createDatabase({ url: databaseEnv.DATABASE_URL, dataDir: databaseEnv.SHIPLOG_DATA_DIR ?? "unused" });

let server: DevServer;
let projectId: number;

async function seed(database: Database) {
  await database.withSession((s) => applyMigrations(s));
  const org = await database.prisma.organization.create({ data: { slug: "http", name: "HTTP" } });
  const project = await database.prisma.project.create({ data: { orgId: org.id, slug: "shop", name: "Shop", releaseToken: encryptSecret(TOKEN) } });
  await database.prisma.pluginConfig.create({ data: { projectId: project.id, plugin: "heroku", enabled: true, webhookSecret: encryptSecret(SECRET) } });
  return project.id;
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    redirect: "manual",
    body,
    headers: { "content-type": "application/json", "Heroku-Webhook-Hmac-SHA256": herokuBodySignature(SECRET, body), ...headers },
  });
}

describe(`hooks over real HTTP (next start, ${dbKind()})`, { timeout: 300_000 }, () => {
  before(async () => {
    const database = openDatabase();
    projectId = await seed(database);
    await database.close();
    // The production build (npm test builds before the node tests): what Heroku talks to, and no on-demand compiling.
    server = await startServer({ AUTH_SECRET: process.env.AUTH_SECRET!, ...databaseEnv }, { mode: "start" });
  });
  after(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const hookPath = () => `/api/hooks/release/heroku/${projectId}/${hookSignature(TOKEN, "heroku", projectId)}`;

  test("with the trailing slash: processed, no redirect", async () => {
    const res = await post(`${server.url}${hookPath()}/`, JSON.stringify(sample("release-create-pending")));
    assert.equal(res.status, 200, server.log().slice(-2000));
    assert.equal((await res.json()).outcome, "processed");
  });

  test("without the trailing slash: processed, no redirect", async () => {
    const res = await post(`${server.url}${hookPath()}`, JSON.stringify(sample("release-update-succeeded")));
    assert.equal(res.status, 200);
    assert.equal((await res.json()).deploy.status, "succeeded");
  });

  test("errors keep the one JSON shape over HTTP: 404, 401, 405 with Allow, 413", async () => {
    const unknown = await post(`${server.url}/api/hooks/release/heroku/999999/${"0".repeat(64)}/`, "{}");
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).error.code, "project_not_found");
    const unsigned = await post(`${server.url}${hookPath()}/`, "{}", { "Heroku-Webhook-Hmac-SHA256": "bad" });
    assert.equal(unsigned.status, 401);
    assert.equal((await unsigned.json()).error.code, "signature_mismatch");
    const get = await fetch(`${server.url}${hookPath()}`, { redirect: "manual" });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get("allow"), "POST");
    const big = await post(`${server.url}${hookPath()}/`, "x".repeat(1024 * 1024 + 1));
    assert.equal(big.status, 413);
  });

  test("after the server stops, its database holds one release with one succeeded deploy and the delivery log", async () => {
    await server.stop();
    const database = openDatabase();
    try {
      const deploys = await database.prisma.deploy.findMany({ where: { projectId }, include: { release: true } });
      assert.equal(deploys.length, 1);
      assert.equal(deploys[0].status, "succeeded");
      assert.equal(deploys[0].release.version, "3f2a9c1d4e5b6a7988776655443322110fedcba9");
      const outcomes = await database.prisma.delivery.findMany({ where: { projectId }, orderBy: { id: "asc" }, select: { status: true } });
      assert.deepEqual(outcomes.map((d) => d.status), [200, 200, 401, 405, 413]);
    } finally {
      await database.close();
    }
  });
});
