import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { createDatabase, type Database } from "@/lib/server/db";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";
import { readMigrationFiles } from "@/lib/server/migrations/migration-files";
import { dbKind } from "./helpers/database";
import { createScratchPostgres } from "./helpers/scratch-postgres";

const files = readMigrationFiles();
const migrate = (database: Database) => database.withSession((s) => applyMigrations(s));

async function tableNames(database: Database): Promise<string[]> {
  const rows = await database.withSession((s) =>
    s.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`),
  );
  return rows.map((r) => r.tablename);
}

describe("migrations", () => {
  test("the committed migrations exist and are named like Prisma's", () => {
    assert.ok(files.length >= 1);
    for (const f of files) assert.match(f.name, /^\d{14}_[a-z0-9_]+$/);
  });

  test("apply to an empty embedded database, then a second run is a no-op, also after reopening", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "shiplog-migrate-"));
    try {
      let database = createDatabase({ dataDir: path.join(dir, "pglite") });
      assert.deepEqual((await migrate(database)).applied, files.map((f) => f.name));
      assert.deepEqual((await migrate(database)).applied, []);
      await database.close();
      database = createDatabase({ dataDir: path.join(dir, "pglite") });
      assert.deepEqual((await migrate(database)).applied, []);
      const tables = await tableNames(database);
      for (const t of ["User", "Organization", "Project", "Release", "Deploy", "Delivery", "_prisma_migrations"]) {
        assert.ok(tables.includes(t), `missing table ${t}`);
      }
      const rows = await database.withSession((s) =>
        s.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        ),
      );
      // The rows Prisma Migrate itself would write: name, sha256 checksum, finished.
      assert.deepEqual(rows.map((r) => [r.migration_name, r.checksum]), files.map((f) => [f.name, f.checksum]));
      assert.ok(rows.every((r) => r.finished_at && r.applied_steps_count === 1));
      await database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a failing migration leaves nothing half-applied", async () => {
    const database = createDatabase({ dataDir: "memory://" });
    try {
      const broken = [...files, { name: "99999999999999_broken", sql: `CREATE TABLE "Half" (id int); SELECT 1/0;`, checksum: "x" }];
      await assert.rejects(database.withSession((s) => applyMigrations(s, broken)), /99999999999999_broken failed/);
      assert.ok(!(await tableNames(database)).includes("Half"));
      const names = await database.withSession((s) => s.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`));
      assert.ok(!names.some((r) => r.migration_name === "99999999999999_broken"));
    } finally {
      await database.close();
    }
  });

  test("PostgreSQL: apply to an empty database, no-op twice, and two concurrent starts migrate once", { skip: dbKind() !== "postgres" && "PostgreSQL run only" }, async () => {
    const scratch = await createScratchPostgres();
    const a = createDatabase({ url: scratch.url, dataDir: "unused" });
    const b = createDatabase({ url: scratch.url, dataDir: "unused" });
    try {
      const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
      // Exactly one of the two applied everything; the other waited on the lock and found nothing to do.
      assert.deepEqual([...ra.applied, ...rb.applied], files.map((f) => f.name));
      assert.deepEqual((await migrate(a)).applied, []);
      const count = await a.withSession((s) => s.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`));
      assert.equal(count[0].n, files.length);
    } finally {
      await a.close();
      await b.close();
      await scratch.drop();
    }
  });
});
