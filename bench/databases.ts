import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "@/lib/server/db";
import { openDatabase } from "../test/faults/fault-fixtures";
import { createScratchPostgres } from "../test/helpers/scratch-postgres";
import { onCleanup } from "./cleanup";
import type { DbKind } from "./options";

/** A fresh, empty database: what a server gets in its environment, and how the bench opens it itself. */
export type BenchDatabase = {
  kind: DbKind;
  env: { DATABASE_URL: string } | { SHIPLOG_DATA_DIR: string };
  /** A PGlite directory may be open in one process only: never while a server runs on it. */
  use<T>(fn: (database: Database) => Promise<T>): Promise<T>;
};

/** The environment of a child process that must use `database` (and not one inherited from this shell). */
export function envFor(database: BenchDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["NODE_ENV", "DATABASE_URL", "SHIPLOG_DATA_DIR"]) delete env[key];
  return { ...env, ...database.env, ...extra };
}

let scratchRoot: string | null = null;

function tempRoot(): string {
  if (!scratchRoot) {
    const root = mkdtempSync(path.join(os.tmpdir(), "shiplog-bench-"));
    scratchRoot = root;
    onCleanup(`remove ${root}`, () => rmSync(root, { recursive: true, force: true }));
  }
  return scratchRoot;
}

export async function createBenchDatabase(kind: DbKind, name: string): Promise<BenchDatabase> {
  let env: BenchDatabase["env"];
  if (kind === "postgres") {
    const scratch = await createScratchPostgres();
    onCleanup(`drop the ${name} database`, scratch.drop);
    env = { DATABASE_URL: scratch.url };
  } else {
    env = { SHIPLOG_DATA_DIR: path.join(tempRoot(), name, "pglite") };
  }
  return {
    kind,
    env,
    async use(fn) {
      const database = openDatabase(env);
      try {
        return await fn(database);
      } finally {
        await database.close();
      }
    },
  };
}
