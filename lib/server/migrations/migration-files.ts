import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

export type MigrationFile = { name: string; sql: string; checksum: string };

export const migrationsDir = path.join(process.cwd(), "prisma", "migrations");

// Same naming and checksum as Prisma Migrate (sha256 of migration.sql), so `_prisma_migrations`
// rows written here are the rows `prisma migrate deploy` would have written.
export function readMigrationFiles(dir = migrationsDir): MigrationFile[] {
  // turbopackIgnore: the folder is read at run time, the bundler must not trace the project through it.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
