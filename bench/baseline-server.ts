// The irreducible work of one Heroku hook, without Next.js or Prisma: read the body, check the URL
// and body signatures, parse the JSON, and write the rows Shiplog's recordHerokuRelease writes, with
// the same statements, in one transaction, through the same driver (pg or PGlite). npm run bench
// measures Shiplog against this: the ratio is the price of everything else Shiplog does per hook.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { deployKindOf } from "../lib/server/releases/deploy-kind";

const config = {
  port: Number(process.env.BASELINE_PORT),
  projectId: Number(process.env.BASELINE_PROJECT_ID),
  orgId: Number(process.env.BASELINE_ORG_ID),
  token: process.env.BASELINE_RELEASE_TOKEN ?? "",
  secret: process.env.BASELINE_WEBHOOK_SECRET ?? "",
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.SHIPLOG_DATA_DIR,
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
};
const MAX_BODY = 1024 * 1024;

type Query = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[]; count: number }>;
type Store = { transaction<T>(fn: (query: Query) => Promise<T>): Promise<T>; close(): Promise<void> };

function postgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: config.poolSize, connectionTimeoutMillis: 5000 });
  return {
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(async (sql, params) => {
          const r = await client.query(sql, params);
          return { rows: r.rows, count: r.rowCount ?? 0 };
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function pgliteStore(dir: string): Store {
  const db = new PGlite(dir);
  return {
    transaction: (fn) =>
      db.transaction((tx) =>
        fn(async (sql, params) => {
          const r = await tx.query<Record<string, unknown>>(sql, params);
          return { rows: r.rows, count: r.affectedRows ?? 0 };
        }),
      ),
    close: () => db.close(),
  };
}

const store = config.databaseUrl ? postgresStore(config.databaseUrl) : pgliteStore(config.dataDir!);

const hmac = (key: string, data: string | Buffer, encoding: "hex" | "base64") => createHmac("sha256", key).update(data).digest(encoding);
function sameText(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

type Event = {
  id?: string;
  webhook_metadata?: { event?: { id?: string } };
  actor?: { email?: string };
  data: {
    id?: string;
    version?: number;
    description?: string;
    status?: string;
    created_at?: string;
    updated_at?: string;
    app: { name: string };
    slug: { commit: string };
    user?: { email?: string };
    actor?: { email?: string };
  };
};

/**
 * The statements of record-heroku-release.ts (release-rows.ts, upsert-deploy.ts), in their order:
 * claim the event id, find or create the environment, the release with its project link, the deploy
 * with the release's released date. Keep them in step with Shiplog's, or the ratio means nothing.
 */
async function record(query: Query, e: Event, now: string) {
  const eventId = e.id ?? e.webhook_metadata?.event?.id;
  const claimed = await query(`INSERT INTO "HookEvent" ("projectId", "eventId", "receivedAt") VALUES ($1, $2, $3::timestamp(3)) ON CONFLICT DO NOTHING`, [config.projectId, eventId, now]);
  if (claimed.count !== 1) return { outcome: "duplicate" };
  const environmentId = await ensureEnvironment(query, now);
  const email = (e.data.user?.email || e.data.actor?.email || e.actor?.email || "").trim().toLowerCase() || null;
  const release = await query(
    `WITH "release" AS (
       INSERT INTO "Release" ("orgId", "version", "url", "ownerEmail", "dateCreated") VALUES ($1, $2, $3, $4, $5::timestamp(3))
       ON CONFLICT ("orgId", "version") DO UPDATE SET
         "url" = COALESCE("Release"."url", EXCLUDED."url"), "ownerEmail" = COALESCE("Release"."ownerEmail", EXCLUDED."ownerEmail")
       RETURNING "id"
     ), "link" AS (
       INSERT INTO "ReleaseProject" ("releaseId", "projectId", "createdAt") SELECT "id", $6::int, $5::timestamp(3) FROM "release" ON CONFLICT DO NOTHING
     )
     SELECT "id" FROM "release"`,
    [config.orgId, e.data.slug.commit, `http://${e.data.app.name}.herokuapp.com`, email, now, config.projectId],
  );
  const releaseId = release.rows[0].id;
  const status = e.data.status ?? "succeeded";
  const started = e.data.created_at ? new Date(e.data.created_at).toISOString() : null;
  const finished = status === "pending" ? null : new Date(e.data.updated_at ?? now).toISOString();
  const deploy = await query(
    `WITH "deploy" AS (
       INSERT INTO "Deploy" ("projectId", "releaseId", "environmentId", "app", "herokuReleaseId", "herokuVersion",
         "status", "kind", "source", "description", "deployerEmail", "dateStarted", "dateFinished", "sortDate", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7::"DeployStatus", $8::"DeployKind", 'hook'::"DeploySource", $9, $10,
         $11::timestamp(3), $12::timestamp(3), $13::timestamp(3), $14::timestamp(3))
       ON CONFLICT ("projectId", "herokuReleaseId") DO UPDATE SET
         "status" = CASE WHEN "Deploy"."status" = 'pending' THEN EXCLUDED."status" ELSE "Deploy"."status" END,
         "dateFinished" = CASE
           WHEN "Deploy"."status" = 'pending' THEN EXCLUDED."dateFinished"
           WHEN "Deploy"."status" = EXCLUDED."status" THEN COALESCE("Deploy"."dateFinished", EXCLUDED."dateFinished")
           ELSE "Deploy"."dateFinished" END,
         "dateStarted" = LEAST("Deploy"."dateStarted", EXCLUDED."dateStarted"),
         "sortDate" = LEAST("Deploy"."sortDate", EXCLUDED."sortDate"),
         "herokuVersion" = COALESCE("Deploy"."herokuVersion", EXCLUDED."herokuVersion"),
         "description" = COALESCE("Deploy"."description", EXCLUDED."description"),
         "deployerEmail" = COALESCE("Deploy"."deployerEmail", EXCLUDED."deployerEmail"),
         "updatedAt" = EXCLUDED."updatedAt"
       RETURNING "id", "status", "dateFinished"
     ), "released" AS (
       UPDATE "Release" SET "dateReleased" = LEAST("Release"."dateReleased", COALESCE("deploy"."dateFinished", $14::timestamp(3)))
       FROM "deploy" WHERE "Release"."id" = $2 AND "deploy"."status" = 'succeeded'
     )
     SELECT "id", "status"::text AS "status" FROM "deploy"`,
    [
      config.projectId, releaseId, environmentId, e.data.app.name, e.data.id ?? null, e.data.version ?? null,
      status, deployKindOf(e.data.description), e.data.description?.trim() || null, email,
      started, finished, started ?? now, now,
    ],
  );
  const row = deploy.rows[0] as { id: number; status: string };
  return { outcome: "processed", deploy: { id: String(row.id), status: row.status } };
}

async function ensureEnvironment(query: Query, now: string) {
  const find = () => query(`SELECT "id" FROM "Environment" WHERE "orgId" = $1 AND "name" = $2`, [config.orgId, "production"]);
  const existing = await find();
  if (existing.rows[0]) return existing.rows[0].id;
  const created = await query(
    `INSERT INTO "Environment" ("orgId", "name", "createdAt") VALUES ($1, $2, $3::timestamp(3)) ON CONFLICT ("orgId", "name") DO NOTHING RETURNING "id"`,
    [config.orgId, "production", now],
  );
  return created.rows[0]?.id ?? (await find()).rows[0].id;
}

function answer(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const expectedPath = `/api/hooks/release/heroku/${config.projectId}/`;
const urlSignature = hmac(config.token, `heroku-${config.projectId}`, "hex");

const server = http.createServer((req, res) => {
  const path = req.url ?? "";
  const signature = path.startsWith(expectedPath) ? path.slice(expectedPath.length).replace(/\/$/, "") : "";
  if (req.method !== "POST" || !sameText(signature.toLowerCase(), urlSignature)) {
    req.resume();
    return answer(res, 403, { error: { code: "invalid_url_signature" } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  req.on("end", async () => {
    if (size > MAX_BODY) return answer(res, 413, { error: { code: "payload_too_large" } });
    const body = Buffer.concat(chunks);
    const header = req.headers["heroku-webhook-hmac-sha256"];
    if (typeof header !== "string" || !sameText(header.trim(), hmac(config.secret, body, "base64"))) {
      return answer(res, 401, { error: { code: "signature_mismatch" } });
    }
    let event: Event;
    try {
      event = JSON.parse(body.toString("utf8"));
    } catch {
      return answer(res, 400, { error: { code: "invalid_json" } });
    }
    try {
      answer(res, 200, await store.transaction((query) => record(query, event, new Date().toISOString())));
    } catch (error) {
      console.error(`[baseline] ${(error as Error).message}`);
      answer(res, 500, { error: { code: "internal_error" } });
    }
  });
});

server.listen(config.port, "127.0.0.1", () => console.log(`baseline listening on ${config.port}`));
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void store.close().finally(() => process.exit(0));
});
