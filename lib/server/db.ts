import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";
import { applyMigrations, type MigrationSession } from "./migrations/apply-migrations";

export type Database = {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  // A single-connection session for migrations (advisory lock + DDL on one backend).
  withSession<T>(fn: (session: MigrationSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DatabaseOptions = { url?: string; dataDir: string; poolSize?: number };

// The one place that knows about drivers: PGlite (embedded) when no URL, PostgreSQL otherwise.
export function createDatabase(options: DatabaseOptions): Database {
  return options.url ? createPostgres(options.url, options.poolSize ?? 10) : createPglite(options.dataDir);
}

function createPglite(dataDir: string): Database {
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = new PGlite(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const session: MigrationSession = {
    query: async <T,>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    exec: async (script) => void (await pglite.exec(script)),
  };
  return {
    kind: "pglite",
    prisma,
    withSession: (fn) => fn(session),
    async close() {
      await prisma.$disconnect();
      // $disconnect does not close PGlite; without this the process never exits.
      await pglite.close();
    },
  };
}

function createPostgres(url: string, poolSize: number): Database {
  // A bounded connect wait: while PostgreSQL is unreachable a request fails (hooks answer 503)
  // instead of hanging; the pool opens fresh connections once it is back, without a restart.
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  const prisma = new PrismaClient({ adapter });
  return {
    kind: "postgres",
    prisma,
    async withSession(fn) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await fn({
          query: async (sql, params) => (await client.query(sql, params)).rows,
          exec: async (script) => void (await client.query(script)),
        });
      } finally {
        await client.end();
      }
    },
    close: () => prisma.$disconnect(),
  };
}

// One database per process, shared by every bundle Next.js loads (hence globalThis): PGlite must
// never be opened twice on one directory.
const globalForDb = globalThis as unknown as { shiplogDb?: Database; shiplogReady?: Promise<void> };

export function getDatabase(): Database {
  globalForDb.shiplogDb ??= createDatabase({
    url: env.DATABASE_URL,
    dataDir: env.SHIPLOG_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
  });
  return globalForDb.shiplogDb;
}

/** The Prisma client for service functions. */
export function db(): PrismaClient {
  return getDatabase().prisma;
}

/** Applies pending migrations once per process; the server awaits it before serving. */
export function ensureMigrated(): Promise<void> {
  globalForDb.shiplogReady ??= getDatabase()
    .withSession((s) => applyMigrations(s))
    .then(({ applied }) => {
      if (applied.length) console.log(`[migrate] applied ${applied.join(", ")}`);
    });
  return globalForDb.shiplogReady;
}
