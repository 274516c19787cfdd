import { randomUUID } from "node:crypto";
import { readMigrationFiles, type MigrationFile } from "./migration-files";

// What the runner needs from a connection: one session, so the advisory lock and the
// transactions are on the same backend.
export type MigrationSession = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(script: string): Promise<void>;
};

// Prisma Migrate's own advisory lock key, so this runner and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationResult = { applied: string[] };

export async function applyMigrations(
  session: MigrationSession,
  files: MigrationFile[] = readMigrationFiles(),
): Promise<MigrationResult> {
  await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
  try {
    await session.exec(CREATE_TABLE);
    const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const file of files) {
      const row = done.get(file.name);
      if (row?.finished_at) {
        if (row.checksum !== file.checksum) {
          // Prisma only warns here; we do too, because refusing to start over an edited comment helps nobody.
          console.warn(`[migrate] ${file.name} was edited after it was applied (checksum differs)`);
        }
        continue;
      }
      if (row) {
        throw new Error(
          `Migration ${file.name} failed earlier and is half-applied. Fix the database, then mark it rolled back in "_prisma_migrations".`,
        );
      }
      await applyOne(session, file);
      applied.push(file.name);
    }
    return { applied };
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`);
  }
}

async function applyOne(session: MigrationSession, file: MigrationFile) {
  const id = randomUUID();
  // Unlike Prisma we run each migration in a transaction: a failure leaves no half-applied schema.
  await session.exec("BEGIN");
  try {
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, file.checksum, file.name],
    );
    await session.exec(file.sql);
    await session.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
  }
}
