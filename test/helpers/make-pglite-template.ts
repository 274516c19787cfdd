// Makes one migrated PGlite data directory for the whole test run: creating a PGlite database
// from nothing costs ~8 s here, opening a copy of an existing one under 1 s.
import { rmSync } from "node:fs";
import { createDatabase } from "@/lib/server/db";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";

const dir = process.argv[2];
if (!dir) throw new Error("usage: make-pglite-template.ts <dir>");
rmSync(dir, { recursive: true, force: true });
const database = createDatabase({ dataDir: dir });
await database.withSession((s) => applyMigrations(s));
await database.close();
