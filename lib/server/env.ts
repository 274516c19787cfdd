import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  // Where the embedded database (PGlite) keeps its files when DATABASE_URL is unset.
  SHIPLOG_DATA_DIR: z.string().min(1).default(path.join(process.cwd(), "data", "pglite")),
  AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "must be at least 32 characters").optional()),
  // Former AUTH_SECRETs, comma-separated, still accepted to decrypt stored secrets during a rotation.
  AUTH_SECRET_PREVIOUS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [])),
  // Public base URL used to build hook URLs shown to users, e.g. https://shiplog.example.com
  SHIPLOG_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Heroku's Platform API; a proxy or a test server may stand in for it.
  HEROKU_API_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().default("https://api.heroku.com")),
  // How often connected apps are compared with Heroku's latest releases; 0 turns the periodic run off.
  HEROKU_RECONCILE_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Shiplog cannot start: invalid environment.\n${lines.join("\n")}`);
  }
  return parsed.data;
}

// The one place that reads process.env; everything else imports `env`.
export const env = readEnv(process.env);
