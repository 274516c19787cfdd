// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
// The server does this itself on start; this is for deploy pipelines and for checking.
import { getDatabase } from "../lib/server/db";
import { applyMigrations } from "../lib/server/migrations/apply-migrations";

const database = getDatabase();
try {
  const { applied } = await database.withSession((s) => applyMigrations(s));
  console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await database.close();
}
