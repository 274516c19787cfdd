// Preloaded (node --import) before each test file, so lib/server/env.ts sees the right database:
// TEST_DB=pglite → a fresh PGlite per test process (a copy of TEST_PGLITE_TEMPLATE when set); TEST_DB=postgres → a fresh database
// created on TEST_DATABASE_URL's server. Every test file therefore starts from an empty database.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

(process.env as Record<string, string>).NODE_ENV = "test";
process.env.AUTH_SECRET ??= "test-only-secret-0123456789abcdef0123456789";

if (process.env.TEST_DB === "postgres") {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
  const name = `shiplog_t_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
  const template = process.env.TEST_PGLITE_TEMPLATE;
  if (template) {
    // A private copy of the migrated template (see make-pglite-template.ts).
    const dir = mkdtempSync(path.join(tmpdir(), "shiplog-test-"));
    cpSync(template, path.join(dir, "pglite"), { recursive: true });
    process.env.SHIPLOG_DATA_DIR = path.join(dir, "pglite");
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  } else {
    process.env.SHIPLOG_DATA_DIR = "memory://";
  }
}
