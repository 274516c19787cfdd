// Used by the Prisma CLI (`prisma generate`, and `prisma migrate deploy` where its native engine exists).
// The app itself applies migrations with lib/server/migrations/ (see README, "Database migrations").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
